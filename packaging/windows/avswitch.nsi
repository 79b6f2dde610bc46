; The Windows installer of AV Switch, for NSIS 3.
;
; It installs for the current user only, so no administrator password is
; needed, into %LOCALAPPDATA%\Programs\AV Switch; puts "AV Switch" with its
; icon in the Start menu; registers an uninstall entry under the current user,
; which Settings > Apps lists; and speaks English, Bahasa Indonesia, Spanish,
; Brazilian Portuguese, Vietnamese, Russian or Simplified Chinese, following
; Windows' display language (English otherwise). Installing over an
; installed AV Switch replaces it in place. The uninstaller removes all the
; installer put there and keeps the person's saved progress unless they tick
; the box that removes it too.
;
; Administrators: setup.exe /S installs silently (/D=FOLDER, last, chooses
; another folder); uninstall.exe /S uninstalls silently and keeps the progress.
;
; Built by scripts/package-windows.sh on Linux; on Windows with NSIS 3 (docs/building.md,
; "Building the packages"), after `cargo build --release --locked`:
;   makensis /DVERSION=<the version in Cargo.toml> packaging\windows\avswitch.nsi
;
; Defines:
;   VERSION  the version in Cargo.toml (required)
;   EXE      the avswitch.exe to install (default target\release\avswitch.exe)
;   OUTFILE  the installer to write (default
;            target\release\avswitch_VERSION_x64-setup.exe)
;   TARGET   the kind of installer (below)
; Paths given are from this folder, or whole.

!ifndef VERSION
  !error "Give the version in Cargo.toml: makensis /DVERSION=x.y.z avswitch.nsi"
!endif

; The names below are checked against Cargo.toml, the app and the other
; packages by tests/packaging.rs.
!define NAME "AV Switch"
!define PUBLISHER "AV Switch contributors"
!define BINARY "avswitch.exe"
!define ICON "avswitch.ico"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${NAME}"
; Where the app keeps the person's progress (the `directories` crate's data
; folder for "AV Switch"): %APPDATA%\AV Switch\data.
!define DATA_DIR "$APPDATA\${NAME}\data"

; Paths are from this folder, where makensis works.
!define ROOT "..\.."
!ifndef EXE
  !define EXE "${ROOT}\target\release\${BINARY}"
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}\target\release\avswitch_${VERSION}_x64-setup.exe"
!endif

; AV Switch is a 64-bit program, so is its installer where this NSIS can
; build one (Debian's can). The official NSIS for Windows builds a 32-bit
; installer, which installs the same files in the same places. /DTARGET=
; chooses: amd64-unicode or x86-unicode.
!ifndef TARGET
  !if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
    !define TARGET amd64-unicode
  !else
    !define TARGET x86-unicode
  !endif
!endif
Target ${TARGET}
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
; An upgrade goes where the installed copy is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

; The file's properties: Windows wants four numbers, so 1.2.3-beta.1 gives 1.2.3.0.
!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH "-"
VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIFileVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} ${VERSION} Setup"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh

!define MUI_ICON "${ROOT}\assets\icons\${ICON}"
!define MUI_UNICON "${ROOT}\assets\icons\${ICON}"
!define MUI_ABORTWARNING
; The icon's shield on its blue, 164x314 as MUI wants: made from
; assets/icons/avswitch-512.png with ImageMagick (the red channel, above
; the background's, as the white's opacity).
!define MUI_WELCOMEFINISHPAGE_BITMAP "welcome.bmp"

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${BINARY}"
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.ProgressPage un.ProgressPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the one used when Windows speaks none of them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "PortugueseBR"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "SimpChinese"

; The app's description, as in packaging/linux/avswitch.desktop (Comment).
LangString Description ${LANG_ENGLISH} "Check your anti-virus and switch away from Kaspersky safely"
LangString Description ${LANG_INDONESIAN} "Periksa antivirus Anda dan beralih dari Kaspersky dengan aman"
LangString Description ${LANG_SPANISH} "Revise su antivirus y deje Kaspersky de forma segura"
LangString Description ${LANG_PORTUGUESEBR} "Verifique seu antivírus e deixe o Kaspersky com segurança"
LangString Description ${LANG_VIETNAMESE} "Kiểm tra phần mềm diệt virus của bạn và chuyển khỏi Kaspersky một cách an toàn"
LangString Description ${LANG_RUSSIAN} "Проверьте свой антивирус и безопасно откажитесь от Kaspersky"
LangString Description ${LANG_SIMPCHINESE} "检查您的防病毒软件，安全地换掉 Kaspersky"

LangString WelcomeText ${LANG_ENGLISH} "This installs AV Switch for your account only, so no administrator password is needed.$\r$\n$\r$\nAV Switch checks what protects this computer, explains the U.S. ban on Kaspersky and helps you switch safely, one step at a time. It works offline and sends nothing anywhere.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_INDONESIAN} "Ini memasang AV Switch hanya untuk akun Anda, jadi kata sandi administrator tidak diperlukan.$\r$\n$\r$\nAV Switch memeriksa apa yang melindungi komputer ini, menjelaskan larangan AS terhadap Kaspersky, dan membantu Anda beralih dengan aman, selangkah demi selangkah. Aplikasi ini bekerja tanpa internet dan tidak mengirim apa pun.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_SPANISH} "Esto instala AV Switch solo para su cuenta, así que no hace falta la contraseña de administrador.$\r$\n$\r$\nAV Switch revisa qué protege esta computadora, explica la prohibición de EE. UU. sobre Kaspersky y le ayuda a cambiar de forma segura, paso a paso. Funciona sin conexión y no envía nada a ninguna parte.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_PORTUGUESEBR} "Isto instala o AV Switch só para a sua conta, então não é preciso a senha de administrador.$\r$\n$\r$\nO AV Switch verifica o que protege este computador, explica a proibição do Kaspersky pelos EUA e ajuda você a trocar com segurança, um passo de cada vez. Ele funciona sem internet e não envia nada a lugar nenhum.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_VIETNAMESE} "Trình cài đặt này chỉ cài AV Switch cho tài khoản của bạn, nên không cần mật khẩu quản trị viên.$\r$\n$\r$\nAV Switch kiểm tra những gì đang bảo vệ máy tính này, giải thích lệnh cấm Kaspersky của Hoa Kỳ và giúp bạn chuyển đổi an toàn, từng bước một. Chương trình hoạt động không cần mạng và không gửi gì đi đâu cả.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_RUSSIAN} "AV Switch будет установлен только для вашей учетной записи, поэтому пароль администратора не нужен.$\r$\n$\r$\nAV Switch проверяет, что защищает этот компьютер, объясняет запрет США на Kaspersky и помогает безопасно перейти на другую защиту шаг за шагом. Он работает без подключения к интернету и ничего никуда не отправляет.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_SIMPCHINESE} "此安装程序只为您的帐户安装 AV Switch，因此不需要管理员密码。$\r$\n$\r$\nAV Switch 会检查是什么在保护这台电脑，解释美国对 Kaspersky 的禁令，并一步一步地帮助您安全地更换。它离线工作，不会向任何地方发送任何内容。$\r$\n$\r$\n$_CLICK"

LangString CloseApp ${LANG_ENGLISH} "AV Switch is open. Close it, then click Retry."
LangString CloseApp ${LANG_INDONESIAN} "AV Switch sedang terbuka. Tutup dulu, lalu klik Coba Lagi."
LangString CloseApp ${LANG_SPANISH} "AV Switch está abierto. Ciérrelo y después haga clic en Reintentar."
LangString CloseApp ${LANG_PORTUGUESEBR} "O AV Switch está aberto. Feche-o e depois clique em Repetir."
LangString CloseApp ${LANG_VIETNAMESE} "AV Switch đang mở. Hãy đóng chương trình, rồi bấm Thử lại."
LangString CloseApp ${LANG_RUSSIAN} "AV Switch открыт. Закройте его, затем нажмите «Повторить»."
LangString CloseApp ${LANG_SIMPCHINESE} "AV Switch 正在运行。请先关闭它，然后点击“重试”。"

LangString ProgressTitle ${LANG_ENGLISH} "Uninstall AV Switch"
LangString ProgressTitle ${LANG_INDONESIAN} "Hapus instalan AV Switch"
LangString ProgressTitle ${LANG_SPANISH} "Desinstalar AV Switch"
LangString ProgressTitle ${LANG_PORTUGUESEBR} "Desinstalar o AV Switch"
LangString ProgressTitle ${LANG_VIETNAMESE} "Gỡ cài đặt AV Switch"
LangString ProgressTitle ${LANG_RUSSIAN} "Удаление AV Switch"
LangString ProgressTitle ${LANG_SIMPCHINESE} "卸载 AV Switch"
LangString ProgressSubtitle ${LANG_ENGLISH} "Your progress is kept unless you choose otherwise."
LangString ProgressSubtitle ${LANG_INDONESIAN} "Kemajuan Anda tetap disimpan, kecuali Anda memilih lain."
LangString ProgressSubtitle ${LANG_SPANISH} "Su avance se conserva, salvo que usted elija otra cosa."
LangString ProgressSubtitle ${LANG_PORTUGUESEBR} "Seu progresso é mantido, a não ser que você escolha outra coisa."
LangString ProgressSubtitle ${LANG_VIETNAMESE} "Tiến trình của bạn vẫn được giữ, trừ khi bạn chọn khác."
LangString ProgressSubtitle ${LANG_RUSSIAN} "Ваш прогресс сохранится, если вы не выберете иное."
LangString ProgressSubtitle ${LANG_SIMPCHINESE} "除非您另作选择，否则您的进度会保留。"
LangString ProgressText ${LANG_ENGLISH} "AV Switch will be removed from this computer.$\r$\n$\r$\nYour progress (your answers and the steps you ticked) stays in the folder below, so if you install AV Switch again it opens where you left off."
LangString ProgressText ${LANG_INDONESIAN} "AV Switch akan dihapus dari komputer ini.$\r$\n$\r$\nKemajuan Anda (jawaban Anda dan langkah yang sudah Anda centang) tetap ada di folder di bawah ini, jadi jika Anda memasang AV Switch lagi, aplikasi ini terbuka di tempat Anda berhenti."
LangString ProgressText ${LANG_SPANISH} "AV Switch se quitará de esta computadora.$\r$\n$\r$\nSu avance (sus respuestas y los pasos que marcó) se queda en la carpeta de abajo, así que si vuelve a instalar AV Switch se abrirá donde lo dejó."
LangString ProgressText ${LANG_PORTUGUESEBR} "O AV Switch será removido deste computador.$\r$\n$\r$\nSeu progresso (suas respostas e os passos que você marcou) fica na pasta abaixo; assim, se você instalar o AV Switch de novo, ele abre onde você parou."
LangString ProgressText ${LANG_VIETNAMESE} "AV Switch sẽ được gỡ khỏi máy tính này.$\r$\n$\r$\nTiến trình của bạn (các câu trả lời và các bước bạn đã đánh dấu tích) vẫn nằm trong thư mục bên dưới, nên nếu bạn cài lại AV Switch, chương trình sẽ mở ra đúng chỗ bạn đã dừng."
LangString ProgressText ${LANG_RUSSIAN} "AV Switch будет удален с этого компьютера.$\r$\n$\r$\nВаш прогресс (ваши ответы и отмеченные шаги) останется в папке ниже, поэтому, если вы снова установите AV Switch, он откроется там, где вы остановились."
LangString ProgressText ${LANG_SIMPCHINESE} "AV Switch 将从这台电脑上删除。$\r$\n$\r$\n您的进度（您的回答和您勾选的步骤）会保留在下面的文件夹中，因此如果您再次安装 AV Switch，它会从您上次停下的地方继续。"
LangString ProgressRemove ${LANG_ENGLISH} "Also delete my progress"
LangString ProgressRemove ${LANG_INDONESIAN} "Hapus juga kemajuan saya"
LangString ProgressRemove ${LANG_SPANISH} "Borrar también mi avance"
LangString ProgressRemove ${LANG_PORTUGUESEBR} "Apagar também o meu progresso"
LangString ProgressRemove ${LANG_VIETNAMESE} "Xóa cả tiến trình của tôi"
LangString ProgressRemove ${LANG_RUSSIAN} "Удалить и мой прогресс"
LangString ProgressRemove ${LANG_SIMPCHINESE} "同时删除我的进度"
LangString NothingSaved ${LANG_ENGLISH} "AV Switch will be removed from this computer."
LangString NothingSaved ${LANG_INDONESIAN} "AV Switch akan dihapus dari komputer ini."
LangString NothingSaved ${LANG_SPANISH} "AV Switch se quitará de esta computadora."
LangString NothingSaved ${LANG_PORTUGUESEBR} "O AV Switch será removido deste computador."
LangString NothingSaved ${LANG_VIETNAMESE} "AV Switch sẽ được gỡ khỏi máy tính này."
LangString NothingSaved ${LANG_RUSSIAN} "AV Switch будет удален с этого компьютера."
LangString NothingSaved ${LANG_SIMPCHINESE} "AV Switch 将从这台电脑上删除。"

; Windows keeps a running program's file open: it can be neither replaced
; nor removed until AV Switch is closed. Silently, the answer is Cancel.
!macro WAIT_UNTIL_CLOSED
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "$INSTDIR\${BINARY}"
      ${Break}
    ${EndIf}
    FileOpen $0 "$INSTDIR\${BINARY}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseApp)" /SD IDCANCEL IDRETRY`
      Abort
    ${EndIf}
  ${Loop}
!macroend

Function .onInit
  SetShellVarContext current
FunctionEnd

Section "AV Switch"
  !insertmacro WAIT_UNTIL_CLOSED
  SetOutPath "$INSTDIR"
  File "/oname=${BINARY}" "${EXE}"
  File "${ROOT}\assets\icons\${ICON}"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; The working folder of the shortcut is $OUTPATH, the program's folder.
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${BINARY}" "" \
      "$INSTDIR\${ICON}" 0 SW_SHOWNORMAL "" "$(Description)"

  ; One key, always the same: an upgrade replaces its values.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Comments" "$(Description)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${ICON}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K /G=0" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Var ProgressBox
Var RemoveProgress

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Says what is removed and what is kept; the box removes the progress too.
Function un.ProgressPage
  !insertmacro MUI_HEADER_TEXT "$(ProgressTitle)" "$(ProgressSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${If} ${FileExists} "${DATA_DIR}\*.*"
    ${NSD_CreateLabel} 0 0 100% 56u "$(ProgressText)"
    Pop $0
    ${NSD_CreateText} 0 60u 100% 13u "${DATA_DIR}"
    Pop $0
    SendMessage $0 ${EM_SETREADONLY} 1 0
    ${NSD_CreateCheckbox} 0 82u 100% 14u "$(ProgressRemove)"
    Pop $ProgressBox
  ${Else}
    ${NSD_CreateLabel} 0 0 100% 24u "$(NothingSaved)"
    Pop $0
    StrCpy $ProgressBox ""
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(^UninstallBtn)"
  nsDialogs::Show
FunctionEnd

Function un.ProgressPageLeave
  ${If} $ProgressBox != ""
    ${NSD_GetState} $ProgressBox $RemoveProgress
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$INSTDIR\${BINARY}"
  Delete "$INSTDIR\${ICON}"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only if empty: a folder chosen with /D= may hold other files.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; Silently, or with the box left unticked, the progress stays.
  ${If} $RemoveProgress == ${BST_CHECKED}
    Delete "${DATA_DIR}\progress.json"
    Delete "${DATA_DIR}\progress.unreadable-*.json"
    Delete "${DATA_DIR}\.tmp*"
    RMDir "${DATA_DIR}"
    RMDir "$APPDATA\${NAME}"
  ${EndIf}
SectionEnd
