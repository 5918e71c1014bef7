<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="118"/>
        <location filename="../../ropa/ui/main_window.py" line="124"/>
        <location filename="../../ropa/ui/main_window.py" line="418"/>
        <source>Cannot Open Workspace</source>
        <translation>Työtilaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="141"/>
        <source>Cannot Refresh</source>
        <translation>Päivitys epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="152"/>
        <source>Filter registers</source>
        <translation>Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="229"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Uusi työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="230"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Avaa työtila…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="232"/>
        <source>Save Workspace &amp;As…</source>
        <translation>&amp;Tallenna työtila nimellä…</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="236"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="237"/>
        <source>&amp;Filter Registers</source>
        <translation>&amp;Suodata rekistereitä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="238"/>
        <source>&amp;About Ropa</source>
        <translation>&amp;Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="240"/>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="242"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tyhjennä valikko</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="246"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="249"/>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeisimmät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="256"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="334"/>
        <source>Ropa workspaces (*.ropa);;All files (*)</source>
        <translation>Ropa-työtilat (*.ropa);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="341"/>
        <source>Open Workspace</source>
        <translation>Avaa työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="349"/>
        <source>New Workspace</source>
        <translation>Uusi työtila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="350"/>
        <source>workspace.ropa</source>
        <translation>työtila.ropa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="359"/>
        <source>Cannot Create Workspace</source>
        <translation>Työtilaa ei voi luoda</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="360"/>
        <source>{path} already exists. Choose another name, or open it with Open Workspace.</source>
        <translation>{path} on jo olemassa. Valitse toinen nimi tai avaa tiedosto komennolla Avaa työtila.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="371"/>
        <location filename="../../ropa/ui/main_window.py" line="392"/>
        <source>Save Workspace As</source>
        <translation>Tallenna työtila nimellä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="385"/>
        <source>Cannot Save Workspace</source>
        <translation>Työtilaa ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="393"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="418"/>
        <source>{path} no longer exists.</source>
        <translation>{path} ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="429"/>
        <source>Records of processing activities (GDPR Art. 30) for data protection officers.</source>
        <translation>Selosteet käsittelytoimista (tietosuoja-asetuksen 30 artikla) tietosuojavastaaville.</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="433"/>
        <source>About Ropa</source>
        <translation>Tietoja Roposta</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="499"/>
        <source>No workspace open</source>
        <translation>Ei avointa työtilaa</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="503"/>
        <source>{shown} of {total} registers</source>
        <translation>{shown} / {total} rekisteriä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="505"/>
        <source>1 register</source>
        <translation>1 rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/main_window.py" line="506"/>
        <source>{count} registers</source>
        <translation>{count} rekisteriä</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="79"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="80"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="81"/>
        <source>Department</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="82"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="83"/>
        <source>Next review</source>
        <translation>Seuraava tarkastus</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="84"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="85"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../../ropa/ui/register_model.py" line="87"/>
        <source>Review overdue</source>
        <translation>Tarkastus myöhässä</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ropa/ui/errors.py" line="29"/>
        <source>Unexpected error: {error}</source>
        <translation>Odottamaton virhe: {error}</translation>
    </message>
</context>
</TS>
