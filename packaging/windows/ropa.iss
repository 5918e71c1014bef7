; Inno Setup 6 script: Ropa's per-user Windows installer (no administrator rights).
; Build on Windows after `python packaging\build.py` has made dist\ropa (see packaging\README.md):
;     iscc packaging\windows\ropa.iss
; gives dist\ropa-<version>-windows-x64-setup.exe. Pass /DAppVersion=X.Y.Z to override the version.
;
; Installs into %LOCALAPPDATA%\Programs\Ropa, adds a Start menu entry (and optionally a desktop
; icon), registers .ropa workspaces for this user (HKCU\Software\Classes) and puts `ropa` on the
; user's PATH if asked. Uninstalling removes the program only: workspaces, backups, settings and
; logs (%LOCALAPPDATA%\Ropa and wherever the user saved .ropa files) are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Ropa"
#define AppId "io.github.ropa.Ropa"
#define Dist "..\..\dist"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ropa
AppComments=Records of processing activities (GDPR Art. 30)
DefaultDirName={autopf}\Ropa
DefaultGroupName=Ropa
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ChangesEnvironment=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Dist}
OutputBaseFilename=ropa-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\ropa.ico
UninstallDisplayIcon={app}\ropaw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add ropa to PATH (command line)"; Flags: unchecked

[Files]
; the one-folder bundle: ropa.exe (console, the command line), ropaw.exe (the window), _internal\
Source: "{#Dist}\ropa\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Ropa"; Filename: "{app}\ropaw.exe"; Parameters: "gui"; Comment: "Records of processing activities"
Name: "{group}\Uninstall Ropa"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Ropa"; Filename: "{app}\ropaw.exe"; Parameters: "gui"; Tasks: desktopicon

[Registry]
; .ropa -> Ropa.Workspace (HKA is HKCU for a per-user install, HKLM for an administrator's)
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: ""; ValueData: "Ropa.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ropa-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Ropa.Workspace"; ValueType: string; ValueName: ""; ValueData: "Ropa workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Ropa.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ropaw.exe,0"
Root: HKA; Subkey: "Software\Classes\Ropa.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ropaw.exe"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ropaw.exe\SupportedTypes"; ValueType: string; ValueName: ".ropa"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\ropaw.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Ropa}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself left in its folder; never the user's data
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function NotOnPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
