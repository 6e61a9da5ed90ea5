# Roll a new Lantern version out to classroom PCs from a shared folder (run as administrator on
# each PC, e.g. from a GPO startup script or PDQ/Intune):
#   powershell -ExecutionPolicy Bypass -File \\server\lantern\deploy-kiosks.ps1 -Zip \\server\lantern\lantern-0.2.0-windows-x64.zip
# Installs to C:\Program Files\Lantern (models inside, shared by every account) and keeps learner
# data: that lives in each account's %LOCALAPPDATA%\lantern and is migrated on first start.
param([Parameter(Mandatory=$true)][string]$Zip, [string]$Target = "$env:ProgramFiles\Lantern")
$ErrorActionPreference = "Stop"
Get-Process lantern -ErrorAction SilentlyContinue | Stop-Process -Force
$Stage = "$Target.new"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
Expand-Archive -Path $Zip -DestinationPath $Stage
& "$Stage\lantern\lantern-cli.cmd" selftest
if ($LASTEXITCODE -ne 0) { throw "selftest failed: the old version stays installed" }
if (Test-Path "$Target.old") { Remove-Item -Recurse -Force "$Target.old" }
if (Test-Path $Target) { Rename-Item $Target "$Target.old" }
Move-Item "$Stage\lantern" $Target
Remove-Item -Recurse -Force $Stage
$Shortcut = (New-Object -ComObject WScript.Shell).CreateShortcut("$env:PUBLIC\Desktop\Lantern.lnk")
$Shortcut.TargetPath = "$Target\lantern.exe"; $Shortcut.Save()
Write-Host "Lantern installed in $Target"
