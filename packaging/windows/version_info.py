"""Write a PyInstaller Windows version resource: python version_info.py 0.1.0 OUT.txt"""
import sys

version, out = sys.argv[1], sys.argv[2]
nums = tuple(int(x) for x in (version.split(".") + ["0", "0", "0"])[:4])
text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Lantern'), StringStruct('FileDescription', 'Lantern offline AI tutor'),
      StringStruct('FileVersion', '{version}'), StringStruct('InternalName', 'lantern'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later; Gemma under the Gemma Terms of Use'),
      StringStruct('OriginalFilename', 'lantern.exe'), StringStruct('ProductName', 'Lantern'),
      StringStruct('ProductVersion', '{version}')])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
