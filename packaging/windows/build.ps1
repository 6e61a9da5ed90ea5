# Lantern for Windows: a one-folder build zipped for schools (run on Windows 10/11 x64, from the
# repository root, in PowerShell):   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11 x64, Visual Studio 2022 Build Tools (C++), CMake. Produces
# dist\lantern-<version>-windows-x64.zip (and an MSI when WiX v4 `wix` is on PATH).
$ErrorActionPreference = "Stop"
$Build = "build\bundle"
$Venv = "$Build\venv"
$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"').Matches[0].Groups[1].Value

# 1. portable llama.cpp (AVX2 baseline, no AVX-512, no -march=native); pip's cache ignores CMAKE_ARGS
if (-not (Test-Path "$Build\wheels\llama_cpp_python-*.whl")) {
  py -3.11 -m venv "$Build\llama-venv"
  $env:CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF"
  & "$Build\llama-venv\Scripts\pip" wheel --no-cache-dir --no-deps -w "$Build\wheels" "llama-cpp-python==0.3.36"
  Remove-Item Env:CMAKE_ARGS
}
# 2. build venv from the lock
if (-not (Test-Path "$Venv\Scripts\python.exe")) { py -3.11 -m venv $Venv }
& "$Venv\Scripts\pip" install -q --no-deps --force-reinstall (Get-ChildItem "$Build\wheels\llama_cpp_python-*.whl").FullName
Get-Content packaging\requirements-bundle.lock | Where-Object { $_ -notmatch '^llama-cpp-python==' } | Set-Content "$Build\lock.txt"
& "$Venv\Scripts\pip" install -q -r "$Build\lock.txt"
& "$Venv\Scripts\pip" install -q --no-deps -e .
& "$Venv\Scripts\pip" install -q pyinstaller pillow
# 3. models, icons, version resource
& "$Venv\Scripts\python" packaging\make_model_folder.py "$Build\models"
& "$Venv\Scripts\python" packaging\make_icons.py build\icons
& "$Venv\Scripts\python" packaging\windows\version_info.py $Version "$Build\version_info.txt"
# 4. the window without a console; icon and version info
$env:LANTERN_WINDOWED = "1"; $env:LANTERN_ICON = "build\icons\lantern.ico"; $env:LANTERN_VERSION_FILE = "$Build\version_info.txt"
& "$Venv\Scripts\pyinstaller" --noconfirm --distpath dist --workpath "$Build\pyinstaller" build.spec
$Top = "dist\lantern"
Copy-Item -Recurse -Force "$Build\models" "$Top\models"
Copy-Item LICENSE, assets\licenses\GEMMA_TERMS.txt $Top
& "$Venv\Scripts\python" packaging\notices.py $Top
# The windowed exe has no console: a small lantern-cli.cmd runs the same program for the CLI.
Set-Content "$Top\lantern-cli.cmd" "@echo off`r`n`"%~dp0lantern.exe`" %*"
& "$Top\lantern.exe" selftest
if ($LASTEXITCODE -ne 0) { throw "selftest failed" }
$Zip = "dist\lantern-$Version-windows-x64.zip"
Compress-Archive -Force -Path $Top -DestinationPath $Zip
Write-Host "built $Zip"
if (Get-Command wix -ErrorAction SilentlyContinue) {
  wix build packaging\windows\lantern.wxs -d Version=$Version -d Source=$Top -o "dist\lantern-$Version-x64.msi"
}
