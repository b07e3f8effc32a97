; Inno Setup 6 script: a per-user installer for the PyInstaller bundle (no administrator rights needed).
; Build on Windows, from the repository's root:
;   py -m pip install -e ".[package]"
;   py -m PyInstaller --noconfirm --clean packaging\telesales.spec      (makes dist\telesales\)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\telesales.iss
; The installer lands in dist\telesales-0.1.0-setup.exe. Keep AppVersion equal to telesales/__init__.py.

#define AppName "telesales"
#define AppVersion "0.1.0"
#define Bundle "..\..\dist\telesales"

[Setup]
AppId={{6C1D2B7E-4F3A-4C59-9B0E-7D2A1E5F3C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=telesales
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=telesales-{#AppVersion}-setup
SetupIconFile=telesales.ico
UninstallDisplayIcon={app}\telesalesw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Chinese messages as unofficial translations: put ChineseSimplified.isl and
; ChineseTraditional.isl (from the Inno Setup translations page) beside this file to offer them.
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(SourcePath) + "ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; telesalesw.exe is the windowed twin of telesales.exe (no console window); telesales.exe serves the command line
Name: "{group}\{#AppName}"; Filename: "{app}\telesalesw.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\telesalesw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\telesalesw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The rep's book and preferences live in %LOCALAPPDATA%\telesales (see README): never removed on uninstall.
