; Inno Setup script of GLO.ACT Field for Windows (Inno Setup 6.3 or newer).
;
; Installs the one-folder build of build/glo_act_desktop.spec and a Start-menu shortcut. Build the
; program first (build/README.md), then, from the checkout's root:
;
;     iscc /DAppVersion=0.1.0 build\windows\glo-act-field.iss
;
; The installer is written to build\dist\installer\glo-act-field-<version>-setup.exe.
;
; The user's data is NOT in the installation folder: it lives in
; %LOCALAPPDATA%\glo-act-field (glo_act_desktop/paths.py). Installing a newer version over an
; older one replaces the program only; the data folder is left alone, and the new version backs
; the database up (backups\) before it runs any schema migration at its first start.
; Uninstalling removes the program, never the data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "GLO.ACT Field"
#define AppExe "glo-act-field.exe"
#define DistDir "..\dist\glo-act-field"

[Setup]
; Never change AppId: Windows recognises upgrades of the same application by it.
AppId={{5B0C6E2A-6C2D-4F0E-9D3B-2A7F3C1E8B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UNODC GLO.ACT
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Field laptops are often without administrator rights: install for the current user by default,
; for all users when the installer is run as administrator and the user chooses so.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=glo-act-field-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; Close a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole, so nothing of the old version's Python or
; Qt stays behind. Only the program folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
