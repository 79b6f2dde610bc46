# La lista de tareas. Cada item-* es el título de una tarea; .why explica por
# qué está en la lista, .step-1, .step-2, ... son sus pasos en orden y .link
# es el texto del botón que abre una página para hacerla.

plan-your-new-antivirus = su nuevo antivirus
plan-updates-covered = Kaspersky no puede enviar actualizaciones a las personas que están en Estados Unidos, así que su protección se queda cada vez más atrás
plan-updates-covered-current = Kaspersky no puede suministrar actualizaciones a las personas que están en Estados Unidos, así que las que todavía recibe pueden detenerse en cualquier momento
plan-updates-unknown = Si la prohibición de EE. UU. le cubre, las actualizaciones de Kaspersky ya se detuvieron o pueden detenerse en cualquier momento
plan-updates-chosen = Usted decidió dejar Kaspersky

## Secciones

section-before = Antes de quitar nada
section-start = Primero
section-payments = Detenga los pagos
section-remove = Quite Kaspersky
section-left-behind = Quite lo que quedó
section-protect = Active su protección y actualícela
section-keep = Siga protegido
section-verify = Compruebe que funcionó
section-device-android = Su teléfono o tableta Android
section-device-iphone = Su iPhone o iPad
section-device-mac = Su Mac
section-device-windows-pc = Su otra computadora con Windows
section-companions = Las otras aplicaciones de Kaspersky

## Antes de quitar nada

item-export-passwords = Exporte sus contraseñas de Kaspersky Password Manager
    .why = Sus copias de seguridad solo se abren en Kaspersky Password Manager y su contraseña maestra no se puede recuperar, así que expórtelas antes de desinstalar nada.
    .step-1 = Abra Kaspersky Password Manager y desbloquéelo con su contraseña maestra.
    .step-2 = Abra su configuración, busque Importar/Exportar y exporte sus datos como archivo de texto (.txt).
    .step-3 = Guarde el archivo donde lo encuentre después, por ejemplo en una memoria USB, y manténgalo en privado: contiene todas sus contraseñas en texto sin cifrar.
item-note-subscription = Anote los datos de su suscripción de Kaspersky
    .why = Los necesitará para cancelar la renovación o para pedir un reembolso más adelante.
    .step-1 = Inicie sesión en su cuenta en my.kaspersky.com o busque el correo electrónico de su compra.
    .step-2 = Anote la dirección de correo de la cuenta, el producto, la fecha de renovación y el precio.
item-check-computer = Revise esta computadora
    .why = El plan depende de lo que protege esta computadora ahora. La revisión tarda unos segundos y no cambia nada.
    .step-1 = Abra el paso Revisar (el botón de abajo lo hace) y espere el resultado.
    .link = Abrir el paso Revisar
item-check-computer-failed = Vuelva a revisar esta computadora
    .why = La última revisión no pudo hacerse, así que AV Switch no sabe qué protege esta computadora.
    .step-1 = Abra el paso Revisar y haga clic en Revisar de nuevo.
    .step-2 = Si sigue sin poder hacerse, ahí se indican los motivos.
    .link = Abrir el paso Revisar
item-switching-optional = Cambiar es decisión suya
    .why = Según sus respuestas, la prohibición de EE. UU. no le cubre, y Kaspersky dice que sus productos siguen recibiendo actualizaciones fuera de Estados Unidos.
    .step-1 = Si está contento con Kaspersky, manténgalo actualizado; el resto de esta lista es todo lo que necesita.
    .step-2 = Si prefiere cambiar, elija un reemplazo en el paso Elegir: entonces esta lista muestra cada paso.
item-choose-replacement = Elija la protección que va a usar
    .why = Los pasos siguientes dependen de ello. La protección que trae su sistema es gratuita.
    .step-1 = Abra el paso Elegir y escoja la protección incluida u otro producto.
    .step-2 = Los resultados de laboratorios independientes le ayudan a comparar; el paso Elegir los enlaza.
    .link = Elegir un reemplazo
item-download-replacement = Descargue { $name } del sitio web de su fabricante
    .why = Con el instalador listo, esta computadora estará sin protección solo unos minutos.
    .step-1 = Escriba usted mismo la dirección web del fabricante, o busque "{ $name }" y elija el sitio del propio fabricante, no un anuncio.
    .step-2 = Descargue el instalador, pero no lo ejecute todavía: dos antivirus a la vez pueden causar conflictos.
item-check-quarantine = Revise la cuarentena de Kaspersky por si hay archivos que necesita
    .why = Los archivos en cuarentena ya no se pueden recuperar una vez que se quita Kaspersky.
    .step-1 = Abra Kaspersky y busque Cuarentena (suele estar en Más herramientas o en Protección).
    .step-2 = Si ahí hay un archivo que conoce y en el que confía, restáurelo solo si está seguro de que no es peligroso; si no, déjelo.

## Detenga los pagos

item-cancel-renewal = Desactive la renovación automática de su suscripción de Kaspersky
    .why = De lo contrario, podrían cobrarle otra vez por un producto que está reemplazando.
    .step-1 = Inicie sesión en my.kaspersky.com y abra Suscripciones.
    .step-2 = Desactive la renovación automática o cancele la suscripción.
    .step-3 = Si la compró en una tienda o a través de otra empresa, cancélela con ellos.
    .link = Abrir my.kaspersky.com
item-check-ultraav-billing = Revise los estados de cuenta de su banco o tarjeta por cargos de UltraAV
    .why = Las suscripciones de Kaspersky pasaron a UltraAV con el mismo calendario de cobro, así que podrían cobrarle aunque usted nunca eligiera UltraAV.
    .step-1 = Revise los estados de cuenta de los últimos 12 meses y busque UltraAV o Pango.
    .step-2 = Si no quiere UltraAV, cancele su suscripción en su cuenta de UltraAV o con el servicio de atención de UltraAV.
item-check-ultraav-billing-keep = Revise los estados de cuenta de su banco o tarjeta por cargos de UltraAV
    .why = Las suscripciones de Kaspersky pasaron a UltraAV con el mismo calendario de cobro: sepa cuánto pagará y cuándo.
    .step-1 = Revise los estados de cuenta de los últimos 12 meses y busque UltraAV o Pango.
    .step-2 = Si no quiere UltraAV, cancele su suscripción en su cuenta de UltraAV o con el servicio de atención de UltraAV.

## Quite Kaspersky

item-uninstall-kaspersky-windows = Desinstale Kaspersky de esta computadora
    .why = { $updates }.
    .step-1 = Abra Aplicaciones instaladas (Configuración > Aplicaciones > Aplicaciones instaladas) y elija Desinstalar junto a cada programa de Kaspersky, primero el antivirus.
    .step-2 = Siga sus pasos; si le pregunta si quiere conservar la información de la licencia o la configuración, puede elegir no conservarlas.
    .step-3 = Si le pide una contraseña de Kaspersky que no conoce, use en su lugar kavremover, la herramienta de eliminación de Kaspersky (la tarea siguiente): no necesita el Modo seguro.
    .step-4 = Solo si kavremover no lo consigue: el restablecimiento de contraseña de Kaspersky funciona solo en Modo seguro. En Modo seguro un lector de pantalla puede no hablar, así que pida ayuda a alguien que vea la pantalla para esa parte.
    .link = Abrir Aplicaciones instaladas
item-uninstall-kaspersky-windows-password = Desinstale Kaspersky de esta computadora
    .why = { $updates }. La revisión vio que la protección con contraseña de Kaspersky está activada, así que desinstalarlo pide esa contraseña.
    .step-1 = Busque la contraseña de Kaspersky antes de empezar: la eligió quien instaló Kaspersky en esta computadora.
    .step-2 = Abra Aplicaciones instaladas (Configuración > Aplicaciones > Aplicaciones instaladas) y elija Desinstalar junto a cada programa de Kaspersky, primero el antivirus, y escriba la contraseña cuando se la pida.
    .step-3 = Siga sus pasos; si le pregunta si quiere conservar la información de la licencia o la configuración, puede elegir no conservarlas.
    .step-4 = Si nadie conoce la contraseña, use en su lugar kavremover, la herramienta de eliminación de Kaspersky (la tarea siguiente): no necesita el Modo seguro.
    .step-5 = Solo si kavremover no lo consigue: el restablecimiento de contraseña de Kaspersky funciona solo en Modo seguro. En Modo seguro un lector de pantalla puede no hablar, así que pida ayuda a alguien que vea la pantalla para esa parte.
    .link = Abrir Aplicaciones instaladas
item-uninstall-kaspersky-mac = Desinstale Kaspersky de esta Mac
    .why = { $updates }.
    .step-1 = Abra la carpeta de la aplicación de Kaspersky en Aplicaciones y ejecute su desinstalador ("Uninstall Kaspersky").
    .step-2 = Siga sus pasos y escriba la contraseña de su Mac cuando se la pida.
item-uninstall-kaspersky-linux = Quite Kaspersky Endpoint Security de esta computadora
    .why = { $updates }.
    .step-1 = Si su empleador administra esta computadora, pregúntele primero: puede que lo quite de forma centralizada.
    .step-2 = Si no, quite los paquetes con su gestor de paquetes, por ejemplo: sudo apt remove kesl kesl-gui (o sudo dnf remove kesl).
item-restart = Reinicie la computadora
    .why = La eliminación solo termina después de reiniciar.
    .step-1 = Guarde su trabajo y reinicie la computadora.
item-kavremover = Solo si la desinstalación normal falló: use la herramienta de eliminación de Kaspersky
    .why = kavremover quita Kaspersky cuando la desinstalación normal no funciona.
    .step-1 = Descargue kavremover del sitio de soporte de Kaspersky (el botón abre la página).
    .step-2 = Ejecútelo, elija su producto de Kaspersky en la lista y haga clic en Remove (Eliminar).
    .step-3 = Reinicie la computadora cuando termine.
    .link = Abrir la página de kavremover
item-remove-ultraav = Quite UltraAV con su propio desinstalador
    .why = A algunas personas, UltraAV les volvió a aparecer cuando lo quitaron de otra forma.
    .step-1 = Inicie el desinstalador propio de UltraAV con el botón de abajo, o abra Aplicaciones instaladas, busque UltraAV y elija Desinstalar.
    .step-2 = Haga lo mismo con UltraVPN si lo tiene y no lo usa.
    .link = Abrir Aplicaciones instaladas

## Active su nueva protección

item-keep-ultraav = Compruebe que UltraAV esté activado y al día
    .why = Eligió conservar UltraAV; asegúrese de que de verdad protege esta computadora.
    .step-1 = Abra UltraAV y compruebe que la protección esté activada y que sus actualizaciones sean recientes.
item-confirm-defender = Compruebe que Microsoft Defender Antivirus esté activado
    .why = Viene incluido en Windows y es gratuito. Windows debería activarlo por sí solo cuando no hay otro antivirus activo, pero puede que no lo haga, así que compruébelo.
    .step-1 = Abra Seguridad de Windows y elija Protección antivirus y contra amenazas.
    .step-2 = Si dice que la protección está desactivada, haga clic en Activar.
    .link = Abrir Seguridad de Windows
item-confirm-defender-policy = Compruebe que Microsoft Defender Antivirus esté activado
    .why = Viene incluido en Windows y es gratuito. La revisión vio una opción en esta computadora que puede mantenerlo desactivado: Seguridad de Windows dice entonces que algunas opciones están administradas por su organización, y Activar puede aparecer en gris.
    .step-1 = Abra Seguridad de Windows y elija Protección antivirus y contra amenazas. Si dice que la protección está desactivada y puede hacer clic en Activar, hágalo.
    .step-2 = Si las opciones están administradas por su organización y nadie administra esta computadora por usted, puede que una herramienta de ajuste o un antivirus antiguo haya hecho ese cambio: deshágalo con la herramienta que lo hizo.
    .step-3 = Si un empleador o una escuela administra esta computadora, pídales que activen Microsoft Defender Antivirus.
    .step-4 = Luego vuelva a revisar esta computadora: la revisión confirma cuando Microsoft Defender Antivirus está activado.
    .link = Abrir Seguridad de Windows
item-update-defender = Actualice Microsoft Defender Antivirus
    .why = Un antivirus reconoce las amenazas nuevas solo con definiciones de virus al día.
    .step-1 = En Seguridad de Windows, dentro de Protección antivirus y contra amenazas, busque Actualizaciones de protección y haga clic en Buscar actualizaciones.
    .step-2 = Espere a que diga que la protección está al día.
    .link = Abrir Seguridad de Windows
item-macos-updates = Mantenga macOS actualizado
    .why = Apple mantiene al día XProtect, la protección incluida en macOS: con las actualizaciones del sistema y, en macOS 15 y posteriores, también en segundo plano por iCloud.
    .step-1 = Abra Configuración del Sistema > General > Actualización de software y active las actualizaciones automáticas, incluidas las respuestas de seguridad y los archivos del sistema.
    .link = Abrir Actualización de software
item-install-clamav = Instale ClamAV y sus definiciones de virus
    .why = ClamAV es gratuito y viene de los paquetes de su propio sistema.
    .step-1 = Instálelo, por ejemplo: sudo apt install clamav clamav-freshclam (o sudo dnf install clamav clamav-update).
    .step-2 = Después ponga al día sus definiciones: el siguiente punto le indica cómo.
item-install-replacement = Instale { $name } y actívelo
    .why = Instálelo solo después de quitar el antivirus anterior, para que nunca funcionen dos antivirus a la vez.
    .step-1 = Ejecute el instalador que descargó y siga sus pasos.
    .step-2 = Abra el programa y compruebe que su protección esté activada.
item-install-replacement-linux = Instale { $name } y actívelo
    .why = Instálelo solo después de quitar el antivirus anterior, para que nunca funcionen dos antivirus a la vez.
    .step-1 = Instálelo como indique su fabricante para su distribución de Linux, normalmente con un paquete de su sitio web o de su propio repositorio.
    .step-2 = Compruebe que su protección esté activada.
item-get-protection = Instale o active el antivirus que elija
    .why = Solo después de quitar el antivirus anterior, para que nunca funcionen dos antivirus a la vez.
    .step-1 = Protección incluida: actívela como se explica en el paso Elegir.
    .step-2 = Otro producto: instálelo desde el sitio web de su fabricante y luego actívelo.
item-turn-on-protection = Asegúrese de que { $name } esté activado
    .why = Ya está en esta computadora, y solo protege mientras funciona.
    .step-1 = Abra { $name } y compruebe que su protección esté activada; actívela si está desactivada.
item-update-definitions = Ponga al día las definiciones de virus de { $name }
    .why = Un antivirus reconoce las amenazas nuevas solo con definiciones de virus al día.
    .step-1 = Abra { $name } e inicie una actualización (suele llamarse Actualizar o Buscar actualizaciones).
    .step-2 = Compruebe que indique que sus definiciones están al día y que las actualizaciones automáticas estén activadas.
item-update-clamav = Actualice las definiciones de virus de ClamAV y manténgalas al día
    .why = ClamAV reconoce las amenazas nuevas solo con definiciones al día, y nada las actualiza a menos que un servicio las descargue.
    .step-1 = Debian o Ubuntu: ejecute sudo freshclam una vez y luego mantenga activo el servicio clamav-freshclam para que descargue las nuevas cada día: sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora: instale el paquete clamav-update (sudo dnf install clamav-update) y luego ejecute sudo freshclam.
    .step-3 = Analice una carpeta cuando quiera, por ejemplo: clamscan -r ~/Downloads
item-keep-updating = Mantenga { $name } actualizado
    .why = La última revisión lo encontró activado y con definiciones de virus al día. Sigue siendo una buena protección solo mientras le lleguen actualizaciones.
    .step-1 = De vez en cuando, abra { $name } y compruebe que su última actualización sea reciente.
    .step-2 = Vuelva a revisar esta computadora con AV Switch de vez en cuando.

## Compruebe que funcionó

item-check-again = Vuelva a revisar esta computadora con AV Switch
    .why = Una revisión confirma que hay exactamente un antivirus activo, que está al día y que no queda ningún programa de Kaspersky.
    .step-1 = Vaya al paso Revisar y haga clic en Revisar de nuevo. AV Switch también revisa de nuevo por sí solo cuando usted vuelve después de un desinstalador o una página de configuración.
    .link = Abrir el paso Revisar

item-check-again-keeping = Vuelva a revisar esta computadora con AV Switch
    .why = Una revisión confirma que hay exactamente un antivirus activo y que está al día.
    .step-1 = Cuando su protección esté activada y al día, vaya al paso Revisar y haga clic en Revisar de nuevo.
    .link = Abrir el paso Revisar

## Otros dispositivos

item-android-remove = Desinstale Kaspersky del dispositivo Android
    .why = { $updates }. Google Play ya no ofrece las aplicaciones de Kaspersky en ningún país, así que no se pueden actualizar ni reinstalar desde ahí.
    .step-1 = Abra Ajustes > Aplicaciones, elija cada aplicación de Kaspersky y toque Desinstalar.
    .step-2 = Si Android no lo permite, abra primero Ajustes > Seguridad > Aplicaciones de administración del dispositivo y desactive Kaspersky ahí.
item-android-check = Compruebe cómo se actualiza Kaspersky en el dispositivo Android
    .why = Google Play retiró las aplicaciones de Kaspersky en todo el mundo, así que ya no se pueden actualizar ni reinstalar desde ahí. Fuera de EE. UU., Kaspersky dice que las aplicaciones ya instaladas siguen funcionando y actualizando sus bases de datos, y remite a otras tiendas de aplicaciones o a su propio sitio web.
    .step-1 = Abra la aplicación de Kaspersky y mire cuándo se actualizó por última vez.
    .step-2 = Si ya no se actualiza, desinstálela en Ajustes > Aplicaciones y asegúrese de que Google Play Protect esté activado (Play Store > su foto de perfil > Play Protect).
item-android-protect = Elija protección para el dispositivo Android
    .why = Google Play Protect viene incluido en Android; una aplicación de seguridad de Google Play puede complementarlo.
    .step-1 = Abra Play Store, toque su foto de perfil, elija Play Protect y asegúrese de que el análisis esté activado.
item-iphone-remove = Elimine las aplicaciones de Kaspersky del iPhone o iPad
    .why = { $updates }.
    .step-1 = Mantenga presionado el ícono de cada aplicación de Kaspersky, elija Eliminar app y después Eliminar app de nuevo.
    .step-2 = Cancele cualquier suscripción de Kaspersky en Configuración > su nombre > Suscripciones.
item-mac-remove = Desinstale Kaspersky de la Mac
    .why = { $updates }.
    .step-1 = Abra la carpeta de Kaspersky en Aplicaciones y ejecute "Uninstall Kaspersky".
    .step-2 = Use AV Switch también en la Mac para obtener una lista hecha para ella.
item-pc-remove = Haga el cambio también en la otra computadora
    .why = { $updates }. Lo mismo vale para cada computadora.
    .step-1 = Use AV Switch en esa computadora: la revisa y prepara una lista para ella.

## Las otras aplicaciones de Kaspersky

item-import-passwords = Importe sus contraseñas en su nuevo administrador de contraseñas
    .why = Kaspersky Password Manager también es un producto de Kaspersky, y sus contraseñas deben estar a salvo en el nuevo antes de quitar nada.
    .step-1 = Elija un administrador de contraseñas; el que viene con su navegador web es una opción gratuita.
    .step-2 = Busque su página de importación: indica qué archivos lee, y algunos leen directamente el archivo de texto de Kaspersky.
    .step-3 = Importe el archivo y compruebe algunos inicios de sesión.

## Lo que dejaron los programas ya quitados (una tarea por cada tipo que encontró la revisión)

item-leftover-certificate-windows = Quite el certificado de Kaspersky de la lista de confianza
    .why = Kaspersky agregó su propio certificado raíz para poder ver dentro de las conexiones seguras (HTTPS). Sin Kaspersky, nadie mantiene al día ese certificado, pero Windows sigue confiando en él.
    .step-1 = Pulse la tecla Windows, escriba "Administrar certificados de equipo" y ábralo. Windows le pide permiso de administrador.
    .step-2 = Abra "Entidades de certificación raíz de confianza" y luego "Certificados".
    .step-3 = Busque "Kaspersky Anti-Virus Personal Root Certificate", haga clic con el botón derecho, elija Eliminar y confirme con Sí.
    .step-4 = Haga lo mismo en "Administrar certificados de usuario" si el certificado también aparece allí.
    .step-5 = Firefox, si aparece en la lista, confía en lo que confía Windows: cuando el certificado ya no esté en Windows, Firefox tampoco confiará en él.
item-leftover-certificate-mac = Quite el certificado de Kaspersky del llavero Sistema
    .why = Kaspersky agregó su propio certificado raíz para poder ver dentro de las conexiones seguras (HTTPS). Sin Kaspersky, nadie mantiene al día ese certificado, pero la Mac sigue confiando en él.
    .step-1 = Abra Acceso a Llaveros (en Aplicaciones > Utilidades).
    .step-2 = Elija el llavero Sistema a la izquierda y luego la pestaña Certificados.
    .step-3 = Busque "Kaspersky Web Anti-Virus Certification Authority", haga clic en él con la tecla Control, elija Eliminar y escriba su contraseña cuando se la pida.
item-leftover-extension = Quite la extensión Kaspersky Protection de sus navegadores
    .why = El desinstalador de Kaspersky puede dejar su extensión del navegador. Sin Kaspersky no sirve para nada y ya no recibe actualizaciones.
    .step-1 = Abra la página de extensiones de cada navegador que aparece en "Restos que quedaron" en el paso Revisar: chrome://extensions en Google Chrome, edge://extensions en Microsoft Edge, about:addons en Firefox.
    .step-2 = Busque Kaspersky Protection y haga clic en Quitar.
    .step-3 = Hágalo en cada perfil que aparece allí y luego vuelva a revisar.
item-leftover-services-windows = Quite los servicios y controladores que dejó Kaspersky con kavremover
    .why = Se ha informado que los servicios y controladores que quedan tras quitar Kaspersky, sobre todo aquellos cuyos archivos ya no existen, impiden las actualizaciones de funciones de Windows.
    .step-1 = Descargue kavremover del sitio de soporte de Kaspersky (el enlace abre la página).
    .step-2 = Ejecútelo, elija el producto de Kaspersky que tenía y haga clic en Remove (Quitar).
    .step-3 = Reinicie la computadora.
    .link = Abrir la página de kavremover
item-leftover-services-mac = Quite los elementos en segundo plano que dejó Kaspersky
    .why = Estos archivos intentarían iniciar partes de Kaspersky que ya no están cada vez que se enciende la Mac o alguien inicia sesión.
    .step-1 = En el Finder, elija Ir > Ir a la carpeta y abra cada carpeta que aparece en "Restos que quedaron" en el paso Revisar (por ejemplo /Library/LaunchAgents).
    .step-2 = Mueva a la Papelera los archivos cuyo nombre empieza por "com.kaspersky" y escriba su contraseña si se la pide.
    .step-3 = Reinicie la Mac.
item-leftover-registry = Quite la configuración que dejó Kaspersky con kavremover
    .why = La configuración de Kaspersky en el registro puede quedar después de quitarlo, y se ha informado que estorba las actualizaciones de Windows. kavremover la borra de forma segura; cambiar el registro a mano es arriesgado.
    .step-1 = Ejecute kavremover como explica la tarea sobre los servicios, o descárguelo ahora con el enlace, elija el producto de Kaspersky que tenía y haga clic en Remove (Quitar).
    .step-2 = Reinicie la computadora.
    .link = Abrir la página de kavremover
item-leftover-folders-windows = Quite las carpetas que dejó Kaspersky
    .why = Estas carpetas guardan archivos y configuración antiguos de Kaspersky. Ocupan espacio y ya no sirven para nada.
    .step-1 = Si kavremover está en su lista, ejecútelo primero: quita la mayoría.
    .step-2 = Si una carpeta que aparece en "Restos que quedaron" en el paso Revisar sigue ahí, abra el Explorador de archivos, vaya a ella y elimínela. Windows le pide permiso de administrador.
item-leftover-folders-mac = Quite las carpetas que dejó Kaspersky
    .why = Estas carpetas guardan archivos y configuración antiguos de Kaspersky. Ocupan espacio y ya no sirven para nada.
    .step-1 = En el Finder, elija Ir > Ir a la carpeta y escriba la ubicación de la carpeta que aparece en "Restos que quedaron" en el paso Revisar.
    .step-2 = Mueva la carpeta "Kaspersky Lab" a la Papelera, escriba su contraseña si se la pide y vacíe la Papelera.
item-leftover-registration = Nada que desinstalar: Windows todavía muestra un antivirus quitado
    .why = Windows Security Center todavía nombra un antivirus de Kaspersky o UltraAV que ya no está instalado. Es un registro que quedó, no un programa: desinstalarlo otra vez no sirve, y no protege esta computadora.
    .step-1 = No intente desinstalarlo otra vez, ni lo instale de nuevo para quitarlo.
    .step-2 = Si aquí aparecen otras partes de Kaspersky, quítelas primero con las tareas de abajo y reinicie la computadora.
    .step-3 = Si Seguridad de Windows todavía lo nombra después, las fuentes de abajo explican cómo se borra una entrada así; en una computadora que administra otra persona, pregúntele a ella.
    .step-4 = Vuelva a revisar esta computadora: esta tarea queda confirmada cuando Security Center ya no lo muestre.
section-remove-ultraav = Quite UltraAV
section-remove-both = Quite Kaspersky y UltraAV
section-windows-10 = El Windows de esta computadora
action-uninstall = Abrir el desinstalador de { $name }
action-open-uninstaller-mac = Abrir el desinstalador de Kaspersky
action-show-applications = Mostrar Aplicaciones en el Finder
action-copy-command = Copiar el comando
item-ask-it = Pregunte a quien administra esta computadora antes de quitar nada
    .why = { $updates }. El Kaspersky de esta computadora lo administra un empleador o su departamento de TI (una edición para organizaciones, o una que solo un administrador puede quitar), y quizá lo estén reemplazando ellos mismos.
    .step-1 = Pregunte al departamento de TI de su empleador, o a quien preparó esta computadora, si van a reemplazar Kaspersky y qué debe hacer usted.
    .step-2 = No quite nada por su cuenta salvo que se lo indiquen, y siga sus instrucciones.
    .step-3 = Después, vuelva a revisar esta computadora con AV Switch: la revisión confirma cuando Kaspersky ya no está.
item-uninstall-managed = Haga quitar Kaspersky como indique quien administra esta computadora
    .why = { $updates }.
    .step-1 = Siga las instrucciones del departamento de TI de su empleador: quizá lo quiten de forma centralizada o le den los pasos.
item-delete-export = Borre el archivo de contraseñas exportado
    .why = Contiene todas sus contraseñas en texto sin cifrar, que cualquiera que lo abra puede leer.
    .step-1 = Cuando la importación haya funcionado, borre el archivo, vacíe la Papelera y borre cualquier copia, por ejemplo la de la memoria USB.
item-replace-vpn-covered = Reemplace Kaspersky VPN Secure Connection
    .why = La VPN de Kaspersky también está incluida en la prohibición.
    .step-1 = Decida si todavía necesita una VPN; mucha gente solo la usa en redes Wi-Fi públicas.
    .step-2 = Si la necesita, elija otra, luego desinstale Kaspersky VPN de todos sus dispositivos y cancele su suscripción.
item-replace-vpn-unknown = Reemplace Kaspersky VPN Secure Connection
    .why = Si la prohibición de EE. UU. lo abarca a usted, también abarca la VPN de Kaspersky.
    .step-1 = Decida si todavía necesita una VPN; mucha gente solo la usa en redes Wi-Fi públicas.
    .step-2 = Si la necesita, elija otra, luego desinstale Kaspersky VPN de todos sus dispositivos y cancele su suscripción.
item-replace-vpn-chosen = Reemplace Kaspersky VPN Secure Connection
    .why = Usted deja Kaspersky, y su VPN también es un producto de Kaspersky.
    .step-1 = Decida si todavía necesita una VPN; mucha gente solo la usa en redes Wi-Fi públicas.
    .step-2 = Si la necesita, elija otra, luego desinstale Kaspersky VPN de todos sus dispositivos y cancele su suscripción.
item-replace-safe-kids-covered = Reemplace Kaspersky Safe Kids
    .why = Kaspersky Safe Kids también está incluido en la prohibición.
    .step-1 = Configure los controles parentales que traen sus dispositivos (Family Link en Android, Tiempo en pantalla en iPhone y Mac, Microsoft Family Safety en Windows).
    .step-2 = Después, desinstale Kaspersky Safe Kids de los dispositivos de sus hijos y de los suyos.
item-replace-safe-kids-unknown = Reemplace Kaspersky Safe Kids
    .why = Si la prohibición de EE. UU. lo abarca a usted, también abarca Kaspersky Safe Kids.
    .step-1 = Configure los controles parentales que traen sus dispositivos (Family Link en Android, Tiempo en pantalla en iPhone y Mac, Microsoft Family Safety en Windows).
    .step-2 = Después, desinstale Kaspersky Safe Kids de los dispositivos de sus hijos y de los suyos.
item-replace-safe-kids-chosen = Reemplace Kaspersky Safe Kids
    .why = Usted deja Kaspersky, y Safe Kids también es un producto de Kaspersky.
    .step-1 = Configure los controles parentales que traen sus dispositivos (Family Link en Android, Tiempo en pantalla en iPhone y Mac, Microsoft Family Safety en Windows).
    .step-2 = Después, desinstale Kaspersky Safe Kids de los dispositivos de sus hijos y de los suyos.
item-leftover-registry-with-services = Quite también la configuración que dejó Kaspersky
    .why = La configuración de Kaspersky en el registro puede quedarse después de quitarlo, y se ha informado que estorba las actualizaciones de Windows. Cambiar el registro a mano es arriesgado.
    .step-1 = La ejecución de kavremover para los servicios y controladores de arriba también quita esta configuración: no hay nada más que hacer a mano.
item-windows-10 = Mantenga Windows 10 con actualizaciones de seguridad
    .why = Esta computadora usa Windows 10, cuyo soporte terminó el { $support_end }. Recibe actualizaciones de seguridad solo si está inscrita en las Actualizaciones de Seguridad Extendidas (ESU), que Microsoft extendió para usuarios domésticos hasta el { $esu_end }. Microsoft Defender Antivirus sigue recibiendo definiciones de virus nuevas en Windows 10 hasta octubre de 2028, pero Microsoft dice que una computadora con Windows 10 corre más riesgo aun con ellas.
    .step-1 = Abra Configuración > Windows Update. Ahí se indica si esta computadora está inscrita en las Actualizaciones de Seguridad Extendidas; si lo está, no hace falta nada más hasta el { $esu_end }.
    .step-2 = Si no está inscrita y Windows Update ofrece la inscripción, siga sus pasos (pide una cuenta Microsoft). La inscripción está abierta hasta el { $esu_end }, pero no se ofrece en todas partes.
    .step-3 = Si esta computadora puede usar Windows 11, Microsoft recomienda actualizar: Windows Update también indica si puede.
    .step-4 = Si no puede ninguna de las dos cosas, mantenga su antivirus al día, tenga cuidado con los archivos adjuntos y las descargas, y planee reemplazar la computadora antes del { $esu_end }.
