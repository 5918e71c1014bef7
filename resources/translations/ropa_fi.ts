<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="121"/>
        <location filename="../../ropa/ui/main_window.py" line="127"/>
        <location filename="../../ropa/ui/main_window.py" line="424"/>
        <source>Cannot Open Workspace</source>
        <translation>Työtilaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="145"/>
        <source>Cannot Refresh</source>
        <translation>Päivitys epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="156"/>
        <source>Filter registers</source>
        <translation>Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="233"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Uusi työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="234"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Avaa työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="236"/>
        <source>Save Workspace &amp;As…</source>
        <translation>&amp;Tallenna työtila nimellä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="240"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="241"/>
        <source>&amp;Filter Registers</source>
        <translation>&amp;Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="242"/>
        <source>&amp;About Ropa</source>
        <translation>&amp;Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="244"/>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="246"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tyhjennä valikko</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="253"/>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeisimmät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="260"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="338"/>
        <source>Ropa workspaces (*.ropa);;All files (*)</source>
        <translation>Ropa-työtilat (*.ropa);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="347"/>
        <source>Open Workspace</source>
        <translation>Avaa työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="355"/>
        <source>New Workspace</source>
        <translation>Uusi työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="356"/>
        <source>workspace.ropa</source>
        <translation>työtila.ropa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="365"/>
        <source>Cannot Create Workspace</source>
        <translation>Työtilaa ei voi luoda</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="366"/>
        <source>{path} already exists. Choose another name, or open it with Open Workspace.</source>
        <translation>{path} on jo olemassa. Valitse toinen nimi tai avaa tiedosto komennolla Avaa työtila.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="377"/>
        <location filename="../../ropa/ui/main_window.py" line="398"/>
        <source>Save Workspace As</source>
        <translation>Tallenna työtila nimellä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="391"/>
        <source>Cannot Save Workspace</source>
        <translation>Työtilaa ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="399"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="424"/>
        <source>{path} no longer exists.</source>
        <translation>{path} ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="435"/>
        <source>Records of processing activities (GDPR Art. 30) for data protection officers.</source>
        <translation>Selosteet käsittelytoimista (tietosuoja-asetuksen 30 artikla) tietosuojavastaaville.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="439"/>
        <source>About Ropa</source>
        <translation>Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="507"/>
        <source>No workspace open</source>
        <translation>Ei avointa työtilaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="511"/>
        <source>{shown} of {total} registers</source>
        <translation>{shown} / {total} rekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="513"/>
        <source>1 register</source>
        <translation>1 rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="514"/>
        <source>{count} registers</source>
        <translation>{count} rekisteriä</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="65"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="66"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="67"/>
        <source>Department</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="68"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="69"/>
        <source>Next review</source>
        <translation>Seuraava tarkastus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="70"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="71"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="73"/>
        <source>Review overdue</source>
        <translation>Tarkastus myöhässä</translation>
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
        <location filename="../../ropa/ui/editor/editors.py" line="115"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="154"/>
        <source>&amp;Revert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="264"/>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="265"/>
        <source>{name} has unsaved changes. Save them?</source>
        <translation>Kohteessa {name} on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="325"/>
        <source>New {noun}</source>
        <translation>Uusi {noun}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="371"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="437"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="439"/>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="440"/>
        <source>Throw away the unsaved changes</source>
        <translation>Hylkää tallentamattomat muutokset</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="442"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="443"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Tallenna muutokset (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="518"/>
        <source>Errors to fix before saving: {count}</source>
        <translation>Korjattavia virheitä ennen tallennusta: {count}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="524"/>
        <source>Findings of the checks: {count}</source>
        <translation>Tarkistusten havaintoja: {count}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="543"/>
        <source>Has problems</source>
        <translation>Sisältää ongelmia</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="562"/>
        <source>Mark Reviewed Today</source>
        <translation>Merkitse tarkistetuksi tänään</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="564"/>
        <source>Last reviewed today; next review one year from today</source>
        <translation>Viimeksi tarkistettu tänään; seuraava tarkistus vuoden kuluttua</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="612"/>
        <source>Transfers it implies</source>
        <translation>Siitä johtuvat siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="636"/>
        <source>The sub-processor chain would loop: {chain}</source>
        <translation>Alikäsittelijäketju muodostaisi silmukan: {chain}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="653"/>
        <source>For {client}</source>
        <translation>Asiakkaalle {client}</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/editor/editors.py" line="654"/>
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
        <location filename="../../ropa/ui/errors.py" line="37"/>
        <source>Unexpected error: {error}</source>
        <translation>Odottamaton virhe: {error}</translation>
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
</TS>
