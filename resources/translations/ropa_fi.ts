<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="42"/>
        <source>Before a schema upgrade</source>
        <translation>Ennen skeeman päivitystä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="44"/>
        <source>Daily</source>
        <translation>Päivittäinen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="45"/>
        <source>Backed up by hand</source>
        <translation>Käsin otettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="46"/>
        <source>Before an import</source>
        <translation>Ennen tuontia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="47"/>
        <source>Before a replacing import</source>
        <translation>Ennen korvaavaa tuontia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="48"/>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="55"/>
        <source>{n} B</source>
        <translation>{n} t</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="57"/>
        <source>{n} kB</source>
        <translation>{n} kt</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="58"/>
        <source>{n} MB</source>
        <translation>{n} Mt</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="67"/>
        <location filename="../../ropa/ui/backups_dialog.py" line="74"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="73"/>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="73"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="73"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="87"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="88"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="89"/>
        <source>Show &amp;Folder</source>
        <translation>Näytä &amp;kansio</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="121"/>
        <source>Kept in {folder}</source>
        <translation>Säilytyspaikka: {folder}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="121"/>
        <source>No backup folder</source>
        <translation>Ei varmuuskopiokansiota</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="153"/>
        <source>Cannot Back Up</source>
        <translation>Varmuuskopiointi ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="168"/>
        <source>Restore Backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="170"/>
        <source>Put the workspace back as it was on {taken}?

The workspace as it is now is kept as a backup first.</source>
        <translation>Palautetaanko työtila sellaiseksi kuin se oli {taken}?

Työtila sellaisena kuin se nyt on tallennetaan ensin varmuuskopioksi.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="210"/>
        <source>Restoring {file}…</source>
        <translation>Palautetaan {file}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/backups_dialog.py" line="234"/>
        <source>The daily backup failed: {reason}</source>
        <translation>Päivittäinen varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="110"/>
        <source>Changed by Someone Else</source>
        <translation>Joku muu on muuttanut tätä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="114"/>
        <source>{noun} “{name}” was saved by someone else after you opened it (now version {version}). Your changes are not saved yet.</source>
        <translation>Joku muu tallensi kohteen {noun} ”{name}” sen jälkeen, kun avasit sen (nyt versio {version}). Muutoksiasi ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="122"/>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="126"/>
        <source>Theirs (saved, version {version})</source>
        <translation>Heidän (tallennettu, versio {version})</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="127"/>
        <location filename="../../ropa/ui/conflict_dialog.py" line="177"/>
        <source>Mine (not saved)</source>
        <translation>Omani (ei tallennettu)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="138"/>
        <source>Keep &amp;Theirs</source>
        <translation>Säilytä &amp;heidän</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="140"/>
        <source>Use &amp;Mine</source>
        <translation>Käytä &amp;omaani</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="141"/>
        <location filename="../../ropa/ui/conflict_dialog.py" line="169"/>
        <source>Show &amp;Both</source>
        <translation>Näytä &amp;molemmat</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="142"/>
        <source>Drop your changes and show the record as saved</source>
        <translation>Hylkää muutoksesi ja näytä tallennettu versio</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="143"/>
        <source>Save your version over theirs (Undo puts theirs back)</source>
        <translation>Tallenna oma versiosi heidän versionsa päälle (Kumoa palauttaa heidän versionsa)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="169"/>
        <source>Show &amp;Differences</source>
        <translation>Näytä &amp;erot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="176"/>
        <source>Your version is the same as theirs.</source>
        <translation>Versiosi on sama kuin heidän.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="177"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/conflict_dialog.py" line="177"/>
        <source>Theirs (saved)</source>
        <translation>Heidän (tallennettu)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="47"/>
        <source>Connect to Server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="49"/>
        <source>e.g. db.example.org</source>
        <translation>esim. db.example.org</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="55"/>
        <source>your database role</source>
        <translation>tietokantaroolisi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="61"/>
        <source>from PGPASSWORD or pgpass when empty</source>
        <translation>tyhjänä PGPASSWORD tai pgpass-tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="62"/>
        <source>Remember this server (in Open Recent, without the password)</source>
        <translation>Muista tämä palvelin (Viimeisimmät-valikossa, ilman salasanaa)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="65"/>
        <source>&amp;Host:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="66"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="67"/>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="68"/>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="69"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-tila:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="73"/>
        <source>The password is used for this connection only and never stored by Ropa. Without one, PGPASSWORD or your pgpass file is used, or you are asked.</source>
        <translation>Salasanaa käytetään vain tähän yhteyteen, eikä Ropa tallenna sitä. Ilman sitä käytetään PGPASSWORD-muuttujaa tai pgpass-tiedostoasi, tai sinulta kysytään.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="83"/>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="143"/>
        <source>New Controller</source>
        <translation>Uusi rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="149"/>
        <source>A public authority or body</source>
        <translation>Viranomainen tai julkinen elin</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="150"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="151"/>
        <source>&amp;Key:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="152"/>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="153"/>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="154"/>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="155"/>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
</context>
<context>
    <name>ControllerPage</name>
    <message>
        <location filename="../../ropa/ui/pages.py" line="122"/>
        <source>Choose a controller to see its details.</source>
        <translation>Valitse rekisterinpitäjä nähdäksesi sen tiedot.</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="79"/>
        <source>e.g. FI, SE, US</source>
        <translation>esim. FI, SE, US</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="79"/>
        <source>e.g. FI</source>
        <translation>esim. FI</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="311"/>
        <source>complete (Art. 30 content)</source>
        <translation>valmiina (30 artiklan tiedot)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="312"/>
        <source>errors</source>
        <translation>virhettä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="313"/>
        <source>warnings</source>
        <translation>varoitusta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="314"/>
        <source>notes</source>
        <translation>huomiota</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="315"/>
        <source>reviews overdue</source>
        <translation>tarkistusta myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="316"/>
        <source>reviews in the next 60 days</source>
        <translation>tarkistusta seuraavan 60 päivän aikana</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="328"/>
        <location filename="../../ropa/ui/dashboard.py" line="330"/>
        <source>No registers.</source>
        <translation>Ei rekistereitä.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="329"/>
        <source>Completeness</source>
        <translation>Valmius</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="331"/>
        <source>Registers by legal basis</source>
        <translation>Rekisterit oikeusperusteittain</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="332"/>
        <source>No transfers outside the EU/EEA.</source>
        <translation>Ei siirtoja EU:n/ETA:n ulkopuolelle.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="334"/>
        <source>Transfers outside the EU/EEA: records by destination and mechanism</source>
        <translation>Siirrot EU:n/ETA:n ulkopuolelle: selosteet kohdemaittain ja siirtoperusteittain</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="355"/>
        <location filename="../../ropa/ui/dashboard.py" line="368"/>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="362"/>
        <location filename="../../ropa/ui/dashboard.py" line="369"/>
        <source>Reviews</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="405"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="451"/>
        <source>The checks could not run: {error}</source>
        <translation>Tarkistuksia ei voitu tehdä: {error}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="482"/>
        <source>All controllers</source>
        <translation>Kaikki rekisterinpitäjät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="490"/>
        <source>{complete} of {total} registers fully complete</source>
        <translation>{complete}/{total} rekisteriä täysin valmiina</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="511"/>
        <source>Findings ({count})</source>
        <translation>Havainnot ({count})</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="515"/>
        <source>Reviews ({count})</source>
        <translation>Tarkistukset ({count})</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="522"/>
        <source>Checked on {date}</source>
        <translation>Tarkistettu {date}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="528"/>
        <source>complete</source>
        <translation>valmiina</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="530"/>
        <source>Completeness by controller (least complete first)</source>
        <translation>Valmius rekisterinpitäjittäin (puutteellisimmat ensin)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="537"/>
        <source>Completeness by register (least complete first)</source>
        <translation>Valmius rekistereittäin (puutteellisimmat ensin)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="543"/>
        <source>{complete} of {items} Art. 30 items complete</source>
        <translation>{complete}/{items} 30 artiklan kohtaa valmiina</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="556"/>
        <location filename="../../ropa/ui/dashboard.py" line="607"/>
        <source>{n} more</source>
        <translation>{n} muuta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="565"/>
        <source>registers</source>
        <translation>rekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="566"/>
        <source>none recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="571"/>
        <source>None recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="595"/>
        <source>No mechanism</source>
        <translation>Ei siirtoperustetta</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="95"/>
        <source>Severity</source>
        <extracomment>What a record in the findings list is, where its name alone does not say it.</extracomment>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="96"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="97"/>
        <source>Record</source>
        <translation>Seloste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="98"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="99"/>
        <source>Finding</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="100"/>
        <source>Article</source>
        <translation>Artikla</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="101"/>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="104"/>
        <source>Processor catalogue</source>
        <translation>Käsittelijäluettelo</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="104"/>
        <source>Workspace</source>
        <translation>Työtila</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="66"/>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="69"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="69"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="69"/>
        <source>Change or field</source>
        <translation>Muutos tai kenttä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="69"/>
        <source>Old → new</source>
        <translation>Vanha → uusi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="81"/>
        <source>No changes of this record have been recorded yet.</source>
        <translation>Tämän tietueen muutoksia ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="84"/>
        <source>Restore This Version</source>
        <translation>Palauta tämä versio</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="87"/>
        <source>Put the record back as this change left it (Edit › Undo takes the restore back)</source>
        <translation>Palauta tietue sellaiseksi kuin tämä muutos sen jätti (Muokkaa › Kumoa peruu palautuksen)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="178"/>
        <source>This is the record as it is now.</source>
        <translation>Tämä on tietue sellaisena kuin se on nyt.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="180"/>
        <source>The history does not hold this version whole.</source>
        <translation>Historiassa ei ole tätä versiota kokonaisena.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="313"/>
        <source>Link Processor</source>
        <translation>Liitä käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="326"/>
        <source>The data processing agreement (Art. 28)</source>
        <translation>Henkilötietojen käsittelysopimus (28 artikla)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="327"/>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="334"/>
        <source>Register:</source>
        <translation>Rekisteri:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="335"/>
        <source>&amp;Processor:</source>
        <translation>&amp;Käsittelijä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="336"/>
        <source>&amp;Task:</source>
        <translation>&amp;Tehtävä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="337"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Sopimus:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="278"/>
        <location filename="../../ropa/ui/main_window.py" line="289"/>
        <location filename="../../ropa/ui/main_window.py" line="2402"/>
        <source>Cannot Open Workspace</source>
        <extracomment>The Session command that saves an edited record of each kind over its stored version.</extracomment>
        <translation>Työtilaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="430"/>
        <source>Cannot Refresh</source>
        <translation>Päivitys epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="637"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Uusi työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="638"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Avaa työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="645"/>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Vie työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="653"/>
        <source>Export &amp;Controller…</source>
        <translation>Vie &amp;rekisterinpitäjä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="658"/>
        <source>Save Workspace &amp;As…</source>
        <translation>&amp;Tallenna työtila nimellä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="660"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="704"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="672"/>
        <source>&amp;Filter Registers</source>
        <translation>&amp;Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="734"/>
        <source>&amp;About Ropa</source>
        <translation>&amp;Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="736"/>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="662"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tyhjennä valikko</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="408"/>
        <location filename="../../ropa/ui/main_window.py" line="471"/>
        <location filename="../../ropa/ui/main_window.py" line="1051"/>
        <location filename="../../ropa/ui/main_window.py" line="1148"/>
        <location filename="../../ropa/ui/main_window.py" line="1184"/>
        <location filename="../../ropa/ui/main_window.py" line="1211"/>
        <location filename="../../ropa/ui/main_window.py" line="1732"/>
        <source>Cannot Read Workspace</source>
        <translation>Työtilaa ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="479"/>
        <source>Controllers and views</source>
        <translation>Rekisterinpitäjät ja näkymät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="607"/>
        <source>Counts</source>
        <translation>Määrät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="639"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Avaa &amp;esittelytyötila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="640"/>
        <source>Connect to &amp;Server…</source>
        <translation>Yhdistä &amp;palvelimeen…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="643"/>
        <source>Import &amp;Privacy Notices…</source>
        <translation>Tuo &amp;tietosuojaselosteita…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="655"/>
        <source>Export &amp;Gap Report…</source>
        <translation>Vie &amp;puuteraportti…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="656"/>
        <source>&amp;Backups…</source>
        <translation>Varmuus&amp;kopiot…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="664"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="666"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="675"/>
        <source>&amp;All Controllers</source>
        <translation>&amp;Kaikki rekisterinpitäjät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="678"/>
        <source>&amp;Registers</source>
        <translation>&amp;Rekisterit</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="679"/>
        <source>&amp;Processors</source>
        <translation>K&amp;äsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="680"/>
        <source>&amp;Transfers</source>
        <translation>&amp;Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="682"/>
        <source>Processing on &amp;Behalf</source>
        <translation>Käsittely &amp;toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="685"/>
        <source>Controller &amp;Details</source>
        <translation>Rekisterinpitäjän &amp;tiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="687"/>
        <source>Das&amp;hboard</source>
        <translation>K&amp;oontinäkymä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="693"/>
        <source>Pre&amp;vious Controller</source>
        <translation>&amp;Edellinen rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="696"/>
        <source>Ne&amp;xt Controller</source>
        <translation>Seu&amp;raava rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="699"/>
        <source>Go to &amp;Register</source>
        <translation>Siirry &amp;rekisteriin</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="702"/>
        <source>Go to Pro&amp;cessor</source>
        <translation>Siirry &amp;käsittelijään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="706"/>
        <source>&amp;New Controller…</source>
        <translation>&amp;Uusi rekisterinpitäjä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="707"/>
        <source>&amp;Rename Controller…</source>
        <translation>&amp;Nimeä rekisterinpitäjä uudelleen…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="708"/>
        <source>&amp;Delete Controller…</source>
        <translation>&amp;Poista rekisterinpitäjä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="710"/>
        <source>&amp;New Register…</source>
        <translation>&amp;Uusi rekisteri…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="712"/>
        <source>D&amp;uplicate Register</source>
        <translation>&amp;Monista rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="715"/>
        <source>&amp;Move to Controller…</source>
        <translation>&amp;Siirrä toiselle rekisterinpitäjälle…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="717"/>
        <source>&amp;Retire Register</source>
        <translation>&amp;Merkitse käytöstä poistetuksi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="719"/>
        <source>&amp;Delete Register…</source>
        <translation>&amp;Poista rekisteri…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="723"/>
        <source>&amp;Link Processor…</source>
        <translation>&amp;Liitä käsittelijä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="724"/>
        <source>U&amp;nlink Processor…</source>
        <translation>Irrota &amp;käsittelijä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="726"/>
        <source>&amp;New Processor…</source>
        <translation>&amp;Uusi käsittelijä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="727"/>
        <source>New &amp;Sub-processor…</source>
        <translation>Uusi &amp;alikäsittelijä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="728"/>
        <source>&amp;Edit Processor…</source>
        <translation>&amp;Muokkaa käsittelijää…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="730"/>
        <source>&amp;Delete Processor…</source>
        <translation>&amp;Poista käsittelijä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="742"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="770"/>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeisimmät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="743"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="647"/>
        <source>Import with Change &amp;History…</source>
        <translation>Tuo &amp;muutoshistorian kanssa…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="650"/>
        <source>Export with Change Histor&amp;y…</source>
        <translation>Vie muutos&amp;historian kanssa…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="744"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="745"/>
        <source>&amp;Controller</source>
        <translation>&amp;Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="746"/>
        <source>&amp;Register</source>
        <translation>Re&amp;kisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="747"/>
        <source>&amp;Processor</source>
        <translation>Kä&amp;sittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="748"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1295"/>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1296"/>
        <source>Save the changes to {name}?</source>
        <translation>Tallennetaanko kohteen {name} muutokset?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1313"/>
        <source>Cannot Save Register</source>
        <translation>Rekisteriä ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1318"/>
        <source>Cannot Save Controller</source>
        <translation>Rekisterinpitäjää ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1323"/>
        <source>Cannot Save Processor</source>
        <translation>Käsittelijää ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1328"/>
        <source>Cannot Save Record</source>
        <translation>Selostetta ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1428"/>
        <source>Cannot Undo</source>
        <translation>Kumoaminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1449"/>
        <source>Cannot Create Controller</source>
        <translation>Rekisterinpitäjää ei voi luoda</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1465"/>
        <source>Rename Controller</source>
        <translation>Nimeä rekisterinpitäjä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1465"/>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1468"/>
        <source>Cannot Rename Controller</source>
        <translation>Rekisterinpitäjää ei voi nimetä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1478"/>
        <source>Delete the controller {name} with its {count} registers and its Art. 30(2) records?</source>
        <translation>Poistetaanko rekisterinpitäjä {name} ja sen {count} rekisteriä sekä 30 artiklan 2 kohdan selosteet?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1480"/>
        <source>Delete Controller</source>
        <translation>Poista rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1481"/>
        <source>Cannot Delete Controller</source>
        <translation>Rekisterinpitäjää ei voi poistaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1500"/>
        <source>Cannot Create Register</source>
        <translation>Rekisteriä ei voi luoda</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1519"/>
        <source>Cannot Duplicate Register</source>
        <translation>Rekisteriä ei voi monistaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1537"/>
        <source>Move Register</source>
        <translation>Siirrä rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1538"/>
        <source>Move {name} to the controller:</source>
        <translation>Siirrä {name} rekisterinpitäjälle:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1544"/>
        <source>Cannot Move Register</source>
        <translation>Rekisteriä ei voi siirtää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1550"/>
        <source>Cannot Retire Register</source>
        <translation>Rekisteriä ei voi merkitä käytöstä poistetuksi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1557"/>
        <source>Delete the register {name}? Edit › Undo brings it back.</source>
        <translation>Poistetaanko rekisteri {name}? Muokkaa › Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1560"/>
        <source>Delete Register</source>
        <translation>Poista rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1561"/>
        <source>Cannot Delete Register</source>
        <translation>Rekisteriä ei voi poistaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1575"/>
        <source>Cannot Link Processor</source>
        <translation>Käsittelijää ei voi liittää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1595"/>
        <source>Unlink Processor</source>
        <translation>Irrota käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1596"/>
        <source>Stop using this processor for {name}:</source>
        <translation>Lopeta tämän käsittelijän käyttö rekisterissä {name}:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1602"/>
        <source>Cannot Unlink Processor</source>
        <translation>Käsittelijää ei voi irrottaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1624"/>
        <source>Cannot Add Sub-processor</source>
        <translation>Alikäsittelijää ei voi lisätä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1628"/>
        <source>Cannot Add Processor</source>
        <translation>Käsittelijää ei voi lisätä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1672"/>
        <source>Delete the processor {name}? Edit › Undo brings it back.</source>
        <translation>Poistetaanko käsittelijä {name}? Muokkaa › Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1673"/>
        <source>Delete Processor</source>
        <translation>Poista käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1674"/>
        <source>Cannot Delete Processor</source>
        <translation>Käsittelijää ei voi poistaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1926"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1927"/>
        <source>Ropa</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1933"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1954"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Peruutettu; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="1995"/>
        <source>Ropa interchange files (*.json);;All files (*)</source>
        <translation>Ropa-siirtotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2008"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2011"/>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2023"/>
        <source>Import with Change History</source>
        <translation>Tuo muutoshistorian kanssa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2052"/>
        <source>Add: {added}  Change: {changed}  Remove: {removed}  Unchanged: {unchanged}</source>
        <translation>Lisätään: {added}  Muutetaan: {changed}  Poistetaan: {removed}  Ennallaan: {unchanged}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2060"/>
        <source>Added</source>
        <translation>Lisätään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2061"/>
        <source>Changed</source>
        <translation>Muutetaan</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2062"/>
        <source>Removed</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2065"/>
        <source>Moved: {record} from {source} to {target}</source>
        <translation>Siirtyy: {record} rekisterinpitäjältä {source} rekisterinpitäjälle {target}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2070"/>
        <source>Import {file}? A backup of the workspace is kept.</source>
        <translation>Tuodaanko {file}? Työtilasta otetaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2071"/>
        <source>Import Workbook</source>
        <translation>Tuo työkirja</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2074"/>
        <source>Reading {file}…</source>
        <translation>Luetaan {file}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2106"/>
        <source>Import JSON</source>
        <translation>Tuo JSON</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2103"/>
        <source>{file} holds records whose keys are already in this workspace ({first}).

Replace them with the file&apos;s? A backup of the workspace is kept.</source>
        <translation>Tiedostossa {file} on tietueita, joiden tunnisteet ovat jo tässä työtilassa ({first}).

Korvataanko ne tiedoston tietueilla? Työtilasta otetaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2085"/>
        <location filename="../../ropa/ui/main_window.py" line="2112"/>
        <source>Importing {file}…</source>
        <translation>Tuodaan {file}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2118"/>
        <source>Imported: {summary}</source>
        <translation>Tuotu: {summary}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2009"/>
        <location filename="../../ropa/ui/main_window.py" line="2023"/>
        <location filename="../../ropa/ui/main_window.py" line="2137"/>
        <location filename="../../ropa/ui/main_window.py" line="2150"/>
        <source>Ropa interchange files (*.json)</source>
        <translation>Ropan siirtotiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="641"/>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2010"/>
        <location filename="../../ropa/ui/main_window.py" line="2151"/>
        <location filename="../../ropa/ui/main_window.py" line="2163"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2131"/>
        <source>history</source>
        <translation>historia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2135"/>
        <source>Export with Change History</source>
        <translation>Vie muutoshistorian kanssa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2152"/>
        <location filename="../../ropa/ui/main_window.py" line="2163"/>
        <source>PDF records (*.pdf)</source>
        <translation>PDF-selosteet (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2162"/>
        <source>gap-report</source>
        <translation>puuteraportti</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2165"/>
        <source>Export Gap Report</source>
        <translation>Vie puuteraportti</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2180"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2223"/>
        <source>Exported to {file}</source>
        <translation>Viety tiedostoon {file}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2225"/>
        <source>Exporting to {file}…</source>
        <translation>Viedään tiedostoon {file}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2240"/>
        <source>Replace Read-only File</source>
        <translation>Korvaa kirjoitussuojattu tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2241"/>
        <source>{file} is read-only. Replace it?</source>
        <translation>{file} on kirjoitussuojattu. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2247"/>
        <source>Cannot Export</source>
        <translation>Vienti ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2280"/>
        <source>Building the demo workspace…</source>
        <translation>Luodaan esittelytyötilaa…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2291"/>
        <source>Ropa workspaces (*.ropa);;All files (*)</source>
        <translation>Ropa-työtilat (*.ropa);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2302"/>
        <source>Open Workspace</source>
        <translation>Avaa työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2312"/>
        <source>New Workspace</source>
        <translation>Uusi työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2313"/>
        <source>workspace.ropa</source>
        <translation>työtila.ropa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2322"/>
        <source>Cannot Create Workspace</source>
        <translation>Työtilaa ei voi luoda</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2323"/>
        <source>{path} already exists. Choose another name, or open it with Open Workspace.</source>
        <translation>{path} on jo olemassa. Valitse toinen nimi tai avaa tiedosto komennolla Avaa työtila.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2336"/>
        <location filename="../../ropa/ui/main_window.py" line="2356"/>
        <source>Save Workspace As</source>
        <translation>Tallenna työtila nimellä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2350"/>
        <source>Cannot Save Workspace</source>
        <translation>Työtilaa ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2356"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2402"/>
        <source>{path} no longer exists.</source>
        <translation>{path} ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2415"/>
        <source>Records of processing activities (GDPR Art. 30) for data protection officers.</source>
        <translation>Selosteet käsittelytoimista (tietosuoja-asetuksen 30 artikla) tietosuojavastaaville.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2419"/>
        <source>About Ropa</source>
        <translation>Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2534"/>
        <source>No workspace open</source>
        <translation>Ei avointa työtilaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2538"/>
        <source>{count} processors</source>
        <translation>{count} käsittelijää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2541"/>
        <source>{count} transfers</source>
        <translation>{count} siirtoa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2544"/>
        <source>{count} need attention</source>
        <translation>{count} vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2548"/>
        <source>{count} processing-on-behalf records</source>
        <translation>{count} selostetta toimeksiannosta tehtävästä käsittelystä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2554"/>
        <source>{shown} of {total} registers</source>
        <translation>{shown} / {total} rekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2556"/>
        <source>1 register</source>
        <translation>1 rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2561"/>
        <source>{count} overdue</source>
        <translation>{count} myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="2551"/>
        <location filename="../../ropa/ui/main_window.py" line="2558"/>
        <source>{count} registers</source>
        <translation>{count} rekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/history_view.py" line="213"/>
        <source>Cannot Restore</source>
        <translation>Palauttaminen ei onnistu</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ropa/ui/printing.py" line="348"/>
        <source>Privacy Notice – {name}</source>
        <translation>Tietosuojaseloste – {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="352"/>
        <source>The information to data subjects (GDPR Art. 13 and 14) of &lt;b&gt;{name}&lt;/b&gt;, in the numbered layout of a Finnish privacy notice.</source>
        <translation>Rekisterin &lt;b&gt;{name}&lt;/b&gt; informointi rekisteröidyille (tietosuoja-asetuksen 13 ja 14 artikla) numeroidun tietosuojaselosteen muodossa.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="362"/>
        <source>Language of the notice</source>
        <translation>Selosteen kieli</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="363"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="366"/>
        <source>Save &amp;PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="367"/>
        <source>Save &amp;HTML…</source>
        <translation>Tallenna &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="368"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Esikatselu…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="369"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="399"/>
        <source>Privacy notice saved to {file}</source>
        <translation>Tietosuojaseloste tallennettu: {file}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="401"/>
        <source>Writing the privacy notice…</source>
        <translation>Kirjoitetaan tietosuojaselostetta…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="422"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="422"/>
        <source>Web pages (*.html)</source>
        <translation>Verkkosivut (*.html)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="425"/>
        <source>Save Privacy Notice</source>
        <translation>Tallenna tietosuojaseloste</translation>
    </message>
</context>
<context>
    <name>NoticeReviewDialog</name>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="239"/>
        <source>Import Privacy Notices</source>
        <translation>Tuo tietosuojaselosteita</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="262"/>
        <source>These files could not be read and are not imported:</source>
        <translation>Näitä tiedostoja ei voitu lukea, eikä niitä tuoda:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="274"/>
        <location filename="../../ropa/ui/notice_review.py" line="276"/>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="295"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="302"/>
        <source>Controller:</source>
        <translation>Rekisterinpitäjä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="309"/>
        <location filename="../../ropa/ui/notice_review.py" line="312"/>
        <source>Source text</source>
        <translation>Lähdeteksti</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="316"/>
        <source>Highlighted: read into a field (the chosen one darker). Grey: kept in the notes.</source>
        <translation>Korostettu: luettu kenttään (valittu tummempana). Harmaa: säilytetään muistiinpanoissa.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="326"/>
        <location filename="../../ropa/ui/notice_review.py" line="329"/>
        <source>Fields read from the notice</source>
        <translation>Selosteesta luetut kentät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="328"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="328"/>
        <location filename="../../ropa/ui/notice_review.py" line="345"/>
        <location filename="../../ropa/ui/notice_review.py" line="350"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="363"/>
        <source>Text no field took (kept in the register&apos;s notes)</source>
        <translation>Teksti, jota mikään kenttä ei ottanut (säilytetään rekisterin muistiinpanoissa)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="365"/>
        <source>Unmapped text</source>
        <translation>Kenttiin sijoittamaton teksti</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="377"/>
        <source>Edit in Editor…</source>
        <translation>Muokkaa editorissa…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="378"/>
        <source>Edit every field of the draft register in the register editor</source>
        <translation>Muokkaa luonnosrekisterin kaikkia kenttiä rekisterieditorissa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="383"/>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="388"/>
        <source>&amp;Accept</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="398"/>
        <location filename="../../ropa/ui/notice_review.py" line="789"/>
        <source>&amp;Import Accepted</source>
        <translation>&amp;Tuo hyväksytyt</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="431"/>
        <source>To review</source>
        <translation>Tarkistettava</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="432"/>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="433"/>
        <source>Discarded</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="440"/>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="463"/>
        <source>{file} · {format} · language {language}</source>
        <translation>{file} · {format} · kieli {language}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="472"/>
        <source>(before the first heading)</source>
        <translation>(ennen ensimmäistä otsikkoa)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="483"/>
        <source>Choose a field to see where it was read from.</source>
        <translation>Valitse kenttä nähdäksesi, mistä se luettiin.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="500"/>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="506"/>
        <source>Not read from the notice</source>
        <translation>Ei luettu selosteesta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="517"/>
        <source>unnamed</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="518"/>
        <source>New controller: {name}</source>
        <translation>Uusi rekisterinpitäjä: {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="528"/>
        <source>Matched by business ID {id}</source>
        <translation>Tunnistettu Y-tunnuksesta {id}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="529"/>
        <source>Matched by name</source>
        <translation>Tunnistettu nimestä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="530"/>
        <source>Matched by email {email}</source>
        <translation>Tunnistettu sähköpostiosoitteesta {email}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="531"/>
        <source>Chosen by you</source>
        <translation>Itse valittu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="532"/>
        <source>Not in the workspace: created from the notice&apos;s details</source>
        <translation>Ei työtilassa: luodaan selosteen tiedoista</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="586"/>
        <source>{field} (change it with Edit in Editor…)</source>
        <translation>{field} (muuta sitä kohdasta Muokkaa editorissa…)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="610"/>
        <source>(not set)</source>
        <translation>(ei asetettu)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="701"/>
        <source>Not a date: write it as 2026-06-04.</source>
        <translation>Ei päivämäärä: kirjoita muodossa 2026-06-04.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="728"/>
        <source>Edit Draft Register</source>
        <translation>Muokkaa luonnosrekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="787"/>
        <source>&amp;Import Accepted ({count})</source>
        <translation>&amp;Tuo hyväksytyt ({count})</translation>
    </message>
</context>
<context>
    <name>OnBehalfModel</name>
    <message>
        <location filename="../../ropa/ui/pages.py" line="140"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="141"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="142"/>
        <source>Categories of processing</source>
        <translation>Käsittelyn ryhmät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="143"/>
        <source>Sub-processors</source>
        <translation>Alikäsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="144"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="145"/>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="146"/>
        <source>Agreement date</source>
        <translation>Sopimuksen päiväys</translation>
    </message>
</context>
<context>
    <name>OnBehalfPage</name>
    <message>
        <location filename="../../ropa/ui/pages.py" line="202"/>
        <source>Processing on behalf of clients</source>
        <translation>Käsittely asiakkaiden toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="209"/>
        <source>Choose a record to see it here.</source>
        <translation>Valitse seloste nähdäksesi sen tässä.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ropa/ui/printing.py" line="190"/>
        <source>Preparing {name}…</source>
        <translation>Valmistellaan: {name}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="202"/>
        <source>Print Preview – {name}</source>
        <translation>Tulostuksen esikatselu – {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="204"/>
        <source>(the first {shown} of {count} pages; Print prints every page)</source>
        <translation>(ensimmäiset {shown}/{count} sivua; Tulosta tulostaa kaikki sivut)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="226"/>
        <source>Print – {name}</source>
        <translation>Tulosta – {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="243"/>
        <source>Printing {name}…</source>
        <translation>Tulostetaan: {name}…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="244"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ropa/ui/printing.py" line="293"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="455"/>
        <source>Print Pre&amp;view…</source>
        <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="457"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="460"/>
        <source>Print Re&amp;gister…</source>
        <translation>Tulosta &amp;rekisteri…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="462"/>
        <source>Privacy &amp;Notice…</source>
        <translation>&amp;Tietosuojaseloste…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/printing.py" line="510"/>
        <source>Record of processing activities</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="225"/>
        <source>Edit Processor</source>
        <translation>Muokkaa käsittelijää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="227"/>
        <source>New Sub-processor</source>
        <translation>Uusi alikäsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="229"/>
        <source>New Processor</source>
        <translation>Uusi käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="239"/>
        <source>None recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="244"/>
        <source>No module</source>
        <translation>Ei moduulia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="248"/>
        <source>Where the transfer impact assessment is, or its summary</source>
        <translation>Missä siirtovaikutusten arviointi on, tai sen tiivistelmä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="250"/>
        <source>Not checked</source>
        <translation>Ei tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="251"/>
        <source>Yes, inside the decision&apos;s scope</source>
        <translation>Kyllä, kuuluu päätöksen soveltamisalaan</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="252"/>
        <source>No, outside it</source>
        <translation>Ei kuulu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="255"/>
        <source>Sub-processor of:</source>
        <translation>Alikäsittelijänä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="256"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="257"/>
        <source>&amp;Key:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="258"/>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="259"/>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="260"/>
        <source>&amp;Processing countries:</source>
        <translation>&amp;Käsittelymaat:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="261"/>
        <source>&amp;Services:</source>
        <translation>&amp;Palvelut:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="262"/>
        <source>Transfer &amp;mechanism:</source>
        <translation>&amp;Siirtoperuste:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="263"/>
        <source>SCC m&amp;odule:</source>
        <translation>&amp;Vakiolausekemoduuli:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="264"/>
        <source>&amp;TIA:</source>
        <translation>Siirtovaikutusten &amp;arviointi:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="265"/>
        <source>Adequacy scope &amp;confirmed:</source>
        <translation>Soveltamisala &amp;vahvistettu:</translation>
    </message>
</context>
<context>
    <name>ProcessorTreeModel</name>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="75"/>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="76"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="77"/>
        <source>Processing countries</source>
        <translation>Käsittelymaat</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="78"/>
        <source>Outside EU/EEA</source>
        <translation>EU:n/ETA:n ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="79"/>
        <source>Scope confirmed</source>
        <translation>Soveltamisala vahvistettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="80"/>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="81"/>
        <source>Transfer mechanism</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="83"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="83"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="83"/>
        <source>Not confirmed</source>
        <translation>Ei vahvistettu</translation>
    </message>
</context>
<context>
    <name>ProcessorsPage</name>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="268"/>
        <location filename="../../ropa/ui/processors_view.py" line="270"/>
        <source>Filter processors</source>
        <translation>Suodata käsittelijöitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="277"/>
        <source>Processors and sub-processors</source>
        <translation>Käsittelijät ja alikäsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/processors_view.py" line="293"/>
        <source>Choose a processor to see where it processes and who uses it.</source>
        <translation>Valitse käsittelijä nähdäksesi, missä se käsittelee tietoja ja ketkä sitä käyttävät.</translation>
    </message>
</context>
<context>
    <name>RecordSlot</name>
    <message>
        <location filename="../../ropa/ui/record_slot.py" line="53"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/record_slot.py" line="55"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="181"/>
        <source>New Register</source>
        <translation>Uusi rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="193"/>
        <source>&amp;Controller:</source>
        <translation>&amp;Rekisterinpitäjä:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="195"/>
        <source>&amp;Key:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="196"/>
        <source>&amp;Department:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="197"/>
        <source>&amp;Status:</source>
        <translation>T&amp;ila:</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="98"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="99"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="100"/>
        <source>Department</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="101"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="102"/>
        <source>Next review</source>
        <translation>Seuraava tarkastus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="103"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="104"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="106"/>
        <source>Review overdue</source>
        <translation>Tarkastus myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="107"/>
        <source>{declared} declared, {derived} derived from processors</source>
        <translation>{declared} ilmoitettua, {derived} käsittelijöistä johdettua</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="61"/>
        <source>Choose a register to see its record here.</source>
        <translation>Valitse rekisteri nähdäksesi sen selosteen tässä.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="97"/>
        <location filename="../../ropa/ui/registers_view.py" line="98"/>
        <source>Filter registers</source>
        <translation>Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="101"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="102"/>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="107"/>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="108"/>
        <source>Any legal basis</source>
        <translation>Kaikki oikeusperusteet</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="110"/>
        <source>Art. 9/10 data</source>
        <translation>Art. 9/10 tiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="112"/>
        <source>Only registers with special categories of data (Art. 9) or criminal data (Art. 10)</source>
        <translation>Vain rekisterit, joissa on erityisiä henkilötietoryhmiä (9 artikla) tai rikostietoja (10 artikla)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="114"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="117"/>
        <source>Only registers with a third-country transfer: declared, or derived from their processors</source>
        <translation>Vain rekisterit, joilla on siirto kolmanteen maahan: ilmoitettu tai käsittelijöistä johdettu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="120"/>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="122"/>
        <source>Only registers whose next review date has passed (a retired register never is)</source>
        <translation>Vain rekisterit, joiden seuraava tarkastuspäivä on ohitettu (käytöstä poistettu ei koskaan)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/registers_view.py" line="160"/>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="175"/>
        <source>Due</source>
        <translation>Erääntyy</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="175"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="175"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="175"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="204"/>
        <source>1 day overdue</source>
        <translation>1 päivä myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="204"/>
        <source>{n} days overdue</source>
        <translation>{n} päivää myöhässä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="206"/>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="208"/>
        <source>in 1 day</source>
        <translation>1 päivän päästä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/dashboard.py" line="208"/>
        <source>in {n} days</source>
        <translation>{n} päivän päästä</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="50"/>
        <source>All controllers</source>
        <extracomment>What &quot;All controllers&quot; offers: everything but one controller&apos;s own details.</extracomment>
        <translation>Kaikki rekisterinpitäjät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="52"/>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="53"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="54"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="55"/>
        <source>On behalf (Art. 30(2))</source>
        <translation>Toimeksiannosta (30(2))</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="56"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/sidebar.py" line="57"/>
        <source>Dashboard</source>
        <translation>Koontinäkymä</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="55"/>
        <source>Record</source>
        <extracomment>Flows that need a transfer tool of their own (no adequacy decision covers the recipient).</extracomment>
        <translation>Seloste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="56"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="57"/>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="58"/>
        <source>Processor chain</source>
        <translation>Käsittelijäketju</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="59"/>
        <source>Country or organisation</source>
        <translation>Maa tai järjestö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="60"/>
        <source>Status today</source>
        <translation>Asema tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="61"/>
        <source>Module</source>
        <translation>Moduuli</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="62"/>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="63"/>
        <source>Mechanism</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="65"/>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="65"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="66"/>
        <source>{module} ({needed} needed)</source>
        <translation>{module} (tarvitaan {needed})</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="206"/>
        <location filename="../../ropa/ui/transfers_view.py" line="207"/>
        <source>Filter transfers</source>
        <translation>Suodata siirtoja</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/transfers_view.py" line="212"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ropa/ui/pages.py" line="49"/>
        <source>Create the first controller</source>
        <translation>Luo ensimmäinen rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="50"/>
        <source>The organisation whose processing you record: a city, a company, a client.</source>
        <translation>Organisaatio, jonka käsittelytoimia kirjaat: kaupunki, yhtiö tai asiakas.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="53"/>
        <source>Import a file</source>
        <translation>Tuo tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="54"/>
        <source>A Ropa interchange file (JSON) from another workspace or tool.</source>
        <translation>Ropan siirtotiedosto (JSON) toisesta työtilasta tai työkalusta.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="57"/>
        <source>Open a demo workspace</source>
        <translation>Avaa esittelytyötila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="58"/>
        <source>A realistic synthetic record to explore, in a separate file: this one stays as it is.</source>
        <translation>Realistinen keksitty seloste tutustumista varten omassa tiedostossaan: tämä työtila pysyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="61"/>
        <source>Create a workspace</source>
        <translation>Luo työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="61"/>
        <source>A new, empty workspace file of your own.</source>
        <translation>Uusi, tyhjä oma työtilatiedosto.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="64"/>
        <source>Open a workspace</source>
        <translation>Avaa työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="64"/>
        <source>A workspace file you or a colleague made before.</source>
        <translation>Työtilatiedosto, jonka sinä tai kollega olette tehneet aiemmin.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="100"/>
        <source>Welcome to Ropa</source>
        <translation>Tervetuloa Ropaan</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="103"/>
        <source>This workspace is empty. Records of processing activities (GDPR Art. 30) are kept per controller: start with one of these.</source>
        <translation>Tämä työtila on tyhjä. Selosteet käsittelytoimista (tietosuoja-asetuksen 30 artikla) pidetään rekisterinpitäjittäin: aloita jollakin näistä.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="108"/>
        <source>No workspace open</source>
        <translation>Ei avointa työtilaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/pages.py" line="109"/>
        <source>Create a new workspace, or open one you already have.</source>
        <translation>Luo uusi työtila tai avaa aiempi.</translation>
    </message>
</context>
<context>
    <name>_KeyedDialog</name>
    <message>
        <location filename="../../ropa/ui/dialogs.py" line="110"/>
        <source>The stable identifier files and other tools use</source>
        <translation>Pysyvä tunniste, jota tiedostot ja muut työkalut käyttävät</translation>
    </message>
</context>
<context>
    <name>connect</name>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="150"/>
        <source>Password for {location}:</source>
        <translation>Salasana kohteeseen {location}:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="152"/>
        <source>The server did not accept the password. Password for {location}:</source>
        <translation>Palvelin ei hyväksynyt salasanaa. Salasana kohteeseen {location}:</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/connect_dialog.py" line="155"/>
        <source>Server Password</source>
        <translation>Palvelimen salasana</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../ropa/ui/details.py" line="46"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="47"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="47"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="48"/>
        <source>Derived from processors</source>
        <translation>Johdettu käsittelijöistä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="50"/>
        <source>Country or organisation</source>
        <translation>Maa tai järjestö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="51"/>
        <source>Chain</source>
        <translation>Ketju</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="52"/>
        <source>Status today</source>
        <translation>Asema tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="53"/>
        <source>Mechanism</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="55"/>
        <source>Sub-processors</source>
        <translation>Alikäsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="56"/>
        <source>Used by</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="58"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="59"/>
        <location filename="../../ropa/ui/details.py" line="150"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="60"/>
        <source>Through</source>
        <translation>Kautta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="61"/>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="62"/>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="63"/>
        <source>Agreement date</source>
        <translation>Sopimuksen päiväys</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="110"/>
        <source>Identity</source>
        <extracomment>The register&apos;s fields as a DPO reads a record (UI.md), each field once.</extracomment>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="124"/>
        <source>Purposes</source>
        <translation>Tarkoitukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="134"/>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="135"/>
        <source>Sharing</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="136"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="137"/>
        <location filename="../../ropa/ui/details.py" line="196"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="139"/>
        <source>Retention and security</source>
        <translation>Säilytys ja suojaus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="142"/>
        <source>Automated decisions and DPIA</source>
        <translation>Automaattiset päätökset ja vaikutustenarviointi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="144"/>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="145"/>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="154"/>
        <source>Data protection officer and representative</source>
        <translation>Tietosuojavastaava ja edustaja</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="161"/>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="176"/>
        <source>Where it processes</source>
        <translation>Missä se käsittelee</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="186"/>
        <source>Adequacy scope</source>
        <translation>Riittävyyspäätöksen soveltamisala</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="187"/>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="191"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/details.py" line="193"/>
        <source>Processing</source>
        <translation>Käsittely</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="47"/>
        <source>EEA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="59"/>
        <source>third country</source>
        <translation>kolmas maa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="51"/>
        <source>adequacy, limited scope</source>
        <translation>riittävyyspäätös, rajattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="52"/>
        <source>adequacy</source>
        <translation>riittävyyspäätös</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="53"/>
        <source>adequacy decision {decision}</source>
        <translation>riittävyyspäätös {decision}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="60"/>
        <source>no transfer (interim provision)</source>
        <translation>ei siirto (väliaikainen järjestely)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="133"/>
        <source>{value} (not in the list)</source>
        <translation>{value} (ei luettelossa)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="201"/>
        <source>Sub-processor: {chain}</source>
        <translation>Alikäsittelijä: {chain}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/context.py" line="205"/>
        <source>Processes in: {countries}</source>
        <translation>Käsittelymaat: {countries}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="51"/>
        <source>Derived from processors</source>
        <translation>Käsittelijöistä johdetut</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="63"/>
        <source>Country or organisation</source>
        <translation>Maa tai järjestö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="64"/>
        <source>Standing today</source>
        <translation>Asema tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="65"/>
        <source>Processor chain</source>
        <translation>Käsittelijäketju</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="66"/>
        <source>Mechanism</source>
        <translation>Siirtoperuste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="67"/>
        <source>SCC module</source>
        <translation>Vakiolausekemoduuli</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="75"/>
        <source>Double-click a row to open the processor that processes there</source>
        <translation>Avaa rivin maassa käsittelevä käsittelijä kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="106"/>
        <location filename="../../ropa/ui/editor/form.py" line="124"/>
        <source>Module {number}</source>
        <translation>Moduuli {number}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="114"/>
        <source>None recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="131"/>
        <source>Where the processors and their sub-processors process outside the EEA, on {day}.</source>
        <translation>Missä käsittelijät ja niiden alikäsittelijät käsittelevät tietoja ETA:n ulkopuolella {day}.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="138"/>
        <source>None: no processor in the chain processes outside the EEA on {day}.</source>
        <translation>Ei siirtoja: mikään ketjun käsittelijä ei käsittele tietoja ETA:n ulkopuolella {day}.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="163"/>
        <source>Derived rights</source>
        <translation>Johdetut oikeudet</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="195"/>
        <source>No legal basis yet, so no rights derived for: {purposes}</source>
        <translation>Oikeusperuste puuttuu, joten oikeuksia ei ole johdettu tarkoituksille: {purposes}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="227"/>
        <source>⚠ {count} of {total} criteria met: two or more usually means a DPIA is needed (WP248).</source>
        <translation>⚠ {count}/{total} kriteeriä täyttyy: kaksi tai useampi tarkoittaa yleensä, että vaikutustenarviointi tarvitaan (WP248).</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/derived.py" line="233"/>
        <source>{count} of {total} criteria met. Two or more usually means a DPIA is needed (WP248).</source>
        <translation>{count}/{total} kriteeriä täyttyy. Kaksi tai useampi tarkoittaa yleensä, että vaikutustenarviointi tarvitaan (WP248).</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="86"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="125"/>
        <source>&amp;Revert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="235"/>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="236"/>
        <source>{name} has unsaved changes. Save them?</source>
        <translation>Kohteessa {name} on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="299"/>
        <source>New {noun}</source>
        <translation>Uusi {noun}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="345"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="411"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="413"/>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="414"/>
        <source>Throw away the unsaved changes</source>
        <translation>Hylkää tallentamattomat muutokset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="416"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="417"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Tallenna muutokset (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="494"/>
        <source>Errors to fix before saving: {count}</source>
        <translation>Korjattavia virheitä ennen tallennusta: {count}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="500"/>
        <source>Findings of the checks: {count}</source>
        <translation>Tarkistusten havaintoja: {count}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="519"/>
        <source>Has problems</source>
        <translation>Sisältää ongelmia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="538"/>
        <source>Privacy Notice…</source>
        <translation>Tietosuojaseloste…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="540"/>
        <source>The Art. 13/14 privacy notice of this register: save or print</source>
        <translation>Tämän rekisterin 13/14 artiklan mukainen tietosuojaseloste: tallenna tai tulosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="545"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="547"/>
        <source>Preview and print this register&apos;s record, page for page as the PDF record</source>
        <translation>Esikatsele ja tulosta tämän rekisterin seloste, sivu sivulta kuten PDF-seloste</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="570"/>
        <source>Mark Reviewed Today</source>
        <translation>Merkitse tarkistetuksi tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="572"/>
        <source>Last reviewed today; next review one year from today</source>
        <translation>Viimeksi tarkistettu tänään; seuraava tarkistus vuoden kuluttua</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="621"/>
        <source>Transfers it implies</source>
        <translation>Siitä johtuvat siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="645"/>
        <source>The sub-processor chain would loop: {chain}</source>
        <translation>Alikäsittelijäketju muodostaisi silmukan: {chain}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="662"/>
        <source>For {client}</source>
        <translation>Asiakkaalle {client}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="663"/>
        <source>New processing on behalf</source>
        <translation>Uusi käsittely toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="74"/>
        <source>GDPR Art. {article}</source>
        <translation>Tietosuoja-asetus {article} art.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="563"/>
        <location filename="../../ropa/ui/editor/fields.py" line="819"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="564"/>
        <source>Add an item</source>
        <translation>Lisää kohta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="565"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="566"/>
        <source>Remove the selected item</source>
        <translation>Poista valittu kohta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="567"/>
        <source>Move Up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="569"/>
        <source>Move Down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="814"/>
        <source>Type to find one to add</source>
        <translation>Kirjoita löytääksesi lisättävän</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="816"/>
        <source>Add to {field}</source>
        <translation>Lisää: {field}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="820"/>
        <source>Add the chosen one to the list</source>
        <translation>Lisää valittu luetteloon</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="950"/>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="958"/>
        <location filename="../../ropa/ui/editor/fields.py" line="959"/>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="972"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="973"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="1039"/>
        <source>Not a date: write it as YYYY-MM-DD</source>
        <translation>Ei päivämäärä: kirjoita muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="1059"/>
        <location filename="../../ropa/ui/editor/form.py" line="133"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="1060"/>
        <location filename="../../ropa/ui/editor/form.py" line="135"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/fields.py" line="1061"/>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/form.py" line="445"/>
        <source>Applies</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/form.py" line="529"/>
        <location filename="../../ropa/ui/editor/form.py" line="531"/>
        <source>Add: {item}</source>
        <translation>Lisää: {item}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/form.py" line="537"/>
        <source>None yet.</source>
        <translation>Ei vielä yhtään.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ropa/ui/errors.py" line="39"/>
        <source>Unexpected error: {error}</source>
        <translation>Odottamaton virhe: {error}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/errors.py" line="67"/>
        <source>(and {count} more problems)</source>
        <translation>(ja {count} muuta ongelmaa)</translation>
    </message>
</context>
<context>
    <name>notice_review</name>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="112"/>
        <source>Privacy notices ({patterns})</source>
        <translation>Tietosuojaselosteet ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="115"/>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="128"/>
        <source>Import Privacy Notices</source>
        <translation>Tuo tietosuojaselosteita</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="176"/>
        <source>Reading privacy notices ({count})…</source>
        <translation>Luetaan tietosuojaselosteita ({count})…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/notice_review.py" line="195"/>
        <source>Importing registers ({count})…</source>
        <translation>Tuodaan rekistereitä ({count})…</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../ropa/ui/workers.py" line="23"/>
        <source>Reading the file</source>
        <extracomment>The step texts of the app layer, so that lupdate offers them for translation.</extracomment>
        <translation>Luetaan tiedostoa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="24"/>
        <source>Parsing JSON</source>
        <translation>Jäsennetään JSONia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="25"/>
        <source>Checking the records</source>
        <translation>Tarkistetaan tietueita</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="26"/>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="27"/>
        <source>Building the demo record</source>
        <translation>Luodaan esittelyselostetta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="28"/>
        <source>Reading the workspace</source>
        <translation>Luetaan työtilaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="29"/>
        <source>Writing JSON</source>
        <translation>Kirjoitetaan JSONia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="30"/>
        <source>Saving the file</source>
        <translation>Tallennetaan tiedostoa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="31"/>
        <source>Writing the workbook</source>
        <translation>Kirjoitetaan työkirjaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/workers.py" line="32"/>
        <source>Writing the PDF</source>
        <translation>Kirjoitetaan PDF-tiedostoa</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="51"/>
        <source>Identity and contacts</source>
        <translation>Tunnistetiedot ja yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="65"/>
        <source>Purposes and legal basis</source>
        <translation>Tarkoitukset ja oikeusperusteet</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="77"/>
        <source>Data subjects and data</source>
        <translation>Rekisteröidyt ja tiedot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="82"/>
        <source>Recipients and disclosures</source>
        <translation>Vastaanottajat ja luovutukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="85"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="88"/>
        <location filename="../../ropa/ui/editor/layout.py" line="188"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="93"/>
        <source>Retention and security</source>
        <translation>Säilytys ja suojaus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="98"/>
        <source>Automated decisions and DPIA</source>
        <translation>Automaattiset päätökset ja vaikutustenarviointi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="103"/>
        <source>Data subject rights</source>
        <translation>Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="108"/>
        <source>Status and review</source>
        <translation>Tila ja tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="116"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="131"/>
        <location filename="../../ropa/ui/editor/layout.py" line="160"/>
        <source>Data protection officer and representative</source>
        <translation>Tietosuojavastaava ja edustaja</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="136"/>
        <source>Supervisory authority</source>
        <translation>Valvontaviranomainen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="144"/>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="165"/>
        <source>Where it processes and on what ground</source>
        <translation>Missä käsitellään ja millä siirtoperusteella</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="177"/>
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="183"/>
        <source>Processing</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="186"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="187"/>
        <source>Sub-processors</source>
        <translation>Alikäsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/layout.py" line="189"/>
        <source>Security</source>
        <translation>Suojaus</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ropa/ui/undo.py" line="37"/>
        <source>Create register {name}</source>
        <translation>Luo rekisteri {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="38"/>
        <source>Duplicate register {name}</source>
        <translation>Monista rekisteri {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="39"/>
        <source>Delete register {name}</source>
        <translation>Poista rekisteri {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="40"/>
        <source>Move register {name}</source>
        <translation>Siirrä rekisteri {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="41"/>
        <source>Retire register {name}</source>
        <translation>Merkitse rekisteri {name} käytöstä poistetuksi</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="42"/>
        <source>Link processor to {name}</source>
        <translation>Liitä käsittelijä rekisteriin {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="43"/>
        <source>Unlink processor from {name}</source>
        <translation>Irrota käsittelijä rekisteristä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="44"/>
        <source>Change processor link of {name}</source>
        <translation>Muuta rekisterin {name} käsittelijälinkkiä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="45"/>
        <source>Add transfer to {name}</source>
        <translation>Lisää siirto rekisteriin {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="46"/>
        <source>Change transfer of {name}</source>
        <translation>Muuta rekisterin {name} siirtoa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="47"/>
        <source>Remove transfer from {name}</source>
        <translation>Poista siirto rekisteristä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="51"/>
        <source>Create controller {name}</source>
        <translation>Luo rekisterinpitäjä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="52"/>
        <source>Rename controller {name}</source>
        <translation>Nimeä rekisterinpitäjä {name} uudelleen</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="53"/>
        <source>Edit controller {name}</source>
        <translation>Muokkaa rekisterinpitäjää {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="54"/>
        <source>Delete controller {name}</source>
        <translation>Poista rekisterinpitäjä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="58"/>
        <source>Add processor {name}</source>
        <translation>Lisää käsittelijä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="59"/>
        <source>Add sub-processor {name}</source>
        <translation>Lisää alikäsittelijä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="60"/>
        <source>Edit processor {name}</source>
        <translation>Muokkaa käsittelijää {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="61"/>
        <source>Delete processor {name}</source>
        <translation>Poista käsittelijä {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="65"/>
        <source>Create processing on behalf of {name}</source>
        <translation>Luo seloste asiakkaan {name} toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="66"/>
        <source>Edit processing on behalf of {name}</source>
        <translation>Muokkaa selostetta asiakkaan {name} toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="67"/>
        <source>Delete processing on behalf of {name}</source>
        <translation>Poista seloste asiakkaan {name} toimeksiannosta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="86"/>
        <source>Change {field} of {name}</source>
        <translation>Muuta kohtaa {field}: {name}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/undo.py" line="87"/>
        <source>Edit register {name}</source>
        <translation>Muokkaa rekisteriä {name}</translation>
    </message>
</context>
</TS>
