# La ventana: pasos, botones, preguntas y mensajes.

## El asistente

step-welcome = Bienvenida
    .title = Le damos la bienvenida a AV Switch
step-check = Revisar
    .title = Revise esta computadora
step-deadlines = Fechas
    .title = Las fechas clave y dónde estamos hoy
step-choose = Elegir
    .title = Elija un reemplazo
step-checklist = Tareas
    .title = Su lista de tareas
step-export = Guardar
    .title = Guarde, imprima o comparta su plan
wizard-step-count = Paso { $number } de { $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Paso { $number } de { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Pasos: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = Pasos
region-actions = Atrás y siguiente
region-notice = Aviso
region-page-scroll = Desplazar la página: { $page }
region-notice-scroll = Desplazar el aviso
wizard-step-label = Paso { $number }: { $name }, { $state ->
        [current] paso actual
        [visited] ya visitado
       *[unvisited] todavía sin visitar
    }
wizard-step-here = Usted está aquí
wizard-step-go-back = Volver a este paso
wizard-step-later = Llegará a este paso con Siguiente
wizard-back = Atrás
wizard-next = Siguiente
wizard-next-hint = Ir a { $step }
wizard-dismiss = Cerrar aviso
start-over-title = ¿Empezar de nuevo?
start-over-body = Esto borra sus respuestas, su elección y todas las tareas marcadas, y vuelve al principio. No se puede deshacer.
start-over-confirm = Sí, empezar de nuevo
start-over-cancel = Conservar mi avance

## Menús de pantalla e idioma

display-menu = Pantalla
display-colours = Colores
display-follow-system = Igual que el sistema
display-light = Claro
display-dark = Oscuro
display-text-size = Tamaño del texto: { $percent } %
display-text-size-largest = Tamaño del texto: { $percent } %, el más grande
display-text-size-smallest = Tamaño del texto: { $percent } %, el más pequeño
display-smaller = Texto más pequeño
display-normal = Tamaño normal
display-larger = Texto más grande
display-shortcuts = También funcionan Ctrl + y Ctrl -.
language-menu = Idioma: { $language }
language-follow-system = Igual que el sistema ({ $language })

## Mensajes

notice-no-store = Su avance no se guardará: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = No se encontró en esta computadora ninguna fuente para los caracteres chinos, así que AV Switch no puede mostrarse en chino. Para leerlo en chino, instale una (en Debian o Ubuntu: sudo apt install fonts-noto-cjk) y vuelva a abrir AV Switch.

    { $chinese }
notice-replaying = Esta ventana muestra la computadora grabada en { $folder }: su plan sale solo de esa grabación, y su propio avance guardado no se lee ni se cambia.
notice-save-failed = { $error } AV Switch sigue funcionando; sus elecciones se conservan hasta que lo cierre.
notice-open-missing = No se pudo abrir { $target }: ya no está ahí.
notice-open-no-program = No se pudo abrir { $target }: no se encontró en esta computadora un programa para abrirlo. Sigue ahí: puede abrirlo usted mismo desde sus archivos.
notice-open-link-failed = No se pudo abrir la página web: no se encontró un navegador. Puede copiar su dirección en un navegador usted mismo: { $address }
notice-open-page-failed = No se pudo abrir { $page }: { $reason }
notice-page-windows-only = es una página de Windows, y esta computadora no usa Windows.
notice-page-mac-only = es una página de macOS, y esta computadora no usa macOS.
notice-page-no-program-windows = el sistema no la abrió. Puede abrirla desde el menú Inicio: escriba su nombre.
notice-page-no-program-mac = el sistema no la abrió. Puede abrirla desde Configuración del Sistema.
page-installed-apps = Aplicaciones instaladas
page-windows-security = Seguridad de Windows
page-software-update = Actualización de software
notice-copy-address = Copiar la dirección
notice-details = Detalles
store-no-data-dir = no se encontró en esta computadora una carpeta para sus datos
store-folder-read-only = No se puede guardar su avance en { $folder } (la carpeta es de solo lectura).
store-write-failed = No se puede guardar su avance en { $folder }.
store-saving-off = Su avance no se está guardando, para no reemplazar el archivo que no se pudo leer.
store-unopenable = No se pudo abrir su avance guardado en { $path }. AV Switch empezó de cero y no modificará ese archivo.
store-set-aside = { $problem } AV Switch empezó de cero y conservó el archivo anterior en { $aside }.
store-set-aside-failed = { $problem } No se pudo apartar, así que AV Switch empezó de cero y no guardará su avance, para dejar ese archivo tal como está: { $path }.
store-left-as-is = { $problem } Se dejó tal como está, en { $path }, y esta exportación empieza sin avance guardado.
store-problem-damaged = No se pudo leer su avance guardado: el archivo está dañado.
store-problem-no-version = No se pudo leer su avance guardado: el archivo no lo hizo AV Switch.
store-left-out = { $count ->
        [one] Un valor guardado (una marca o una respuesta) no se pudo leer y se dejó fuera; todo lo demás se conservó.
       *[other] { $count } valores guardados (marcas o respuestas) no se pudieron leer y se dejaron fuera; todo lo demás se conservó.
    }
store-left-out-kept = { $count ->
        [one] Un valor guardado (una marca o una respuesta) no se pudo leer y se dejó fuera; todo lo demás se conservó. Quizá quiera marcarlo o responderlo de nuevo.
       *[other] { $count } valores guardados (marcas o respuestas) no se pudieron leer y se dejaron fuera; todo lo demás se conservó. Quizá quiera marcarlos o responderlos de nuevo.
    } El archivo tal como estaba se conserva en { $kept }.
store-newer-kept = Su avance guardado en { $newer } lo hizo una versión más nueva de AV Switch. Se deja como está, para esa versión; esta guarda su propio avance en { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = No se pudo abrir la ventana de AV Switch.
cli-output-failed = no se pudo escribir la salida: { $detail }
cli-recorded = lo que leyó la revisión se guardó en { $path }. Revíselo antes de compartirlo: puede mostrar su nombre de usuario, sus carpetas y los programas que tiene.
cli-about = Deje el antivirus Kaspersky con calma y de forma segura.
cli-usage = Uso
cli-commands = Comandos
cli-options = Opciones
cli-help = Mostrar la ayuda
cli-version = Mostrar la versión
cli-check = Revisar qué programas de seguridad tiene esta computadora e imprimir un informe. Si la prohibición de EE. UU. le cubre depende de dónde vive y de su ciudadanía: responda con --region y --us-person.
cli-check-json = Imprimir un documento JSON en lugar de texto.
cli-check-quiet = No imprimir nada: solo el estado de salida dice lo que se encontró (vea la documentación).
cli-export = Exportar su lista de tareas, con su avance guardado.
cli-export-format = El formato del archivo: md, txt, html, json o ics.
cli-export-out = Escribir en este archivo en lugar de la salida estándar (- también es la salida estándar).
cli-export-no-scan = Usar solo el avance guardado: no revisar esta computadora antes.
cli-region = Dónde usa esta computadora la mayor parte del tiempo: us, elsewhere o unknown (predeterminado: la respuesta guardada en la ventana o, si no, unknown).
cli-us-person = Si es ciudadano o residente permanente de EE. UU.: yes o no (importa cuando la región es elsewhere).
cli-bad-lang = "{ $code }" no es uno de { $known }
cli-check-record = Guardar también lo que leyó la revisión en esta carpeta nueva, para verlo o compartirlo (vea docs/command-line.md).
cli-replay = Revisar la computadora grabada en esta carpeta en lugar de esta.

## Bienvenida

welcome-lead = Desde la prohibición de EE. UU., Kaspersky ya no puede enviar actualizaciones a las personas que están en Estados Unidos. AV Switch le ayuda a revisar esta computadora, entender las fechas clave y reemplazar Kaspersky de forma segura, paso a paso.
welcome-lead-unknown = En 2024 Estados Unidos prohibió el antivirus Kaspersky para las personas en EE. UU. y para los ciudadanos y residentes permanentes de EE. UU. en el extranjero: desde el { $updates_day } Kaspersky ya no puede actualizarlo para ellos. AV Switch le ayuda a revisar esta computadora, ver qué significa la prohibición para usted y reemplazar Kaspersky de forma segura si lo desea.
welcome-lead-not-covered = Según sus respuestas, la prohibición de EE. UU. sobre Kaspersky no le cubre. AV Switch puede igualmente revisar esta computadora, explicarle la prohibición y ayudarle a cambiar de antivirus con calma si así lo decide.
welcome-privacy = Funciona por completo en esta computadora: no envía nada a ninguna parte, no necesita una cuenta y no cambia nada en su computadora a menos que usted haga clic en un botón que lo diga.
welcome-begin = Empezar
welcome-begin-hint = Empiece con una revisión de esta computadora
sources-label = { $count ->
        [one] Fuente:
       *[other] Fuentes:
    }

## Revisar

check-lead = AV Switch mira la configuración de seguridad y los programas instalados de esta computadora. Solo lee: no cambia nada.
check-start = Revisar esta computadora
check-again = Revisar de nuevo
check-running = Revisando esta computadora...
check-running-body = Suele tardar unos segundos. Mientras tanto, puede seguir leyendo o ir a otro paso.
check-running-hint = Ya hay una revisión en curso
check-checked-at = Revisado a las { $time } ({ $seconds ->
        [0] tardó menos de un segundo
        [1] tardó 1 segundo
       *[other] tardó { $seconds } segundos
    })
check-found = Lo que se encontró
check-failures = Revisiones que no se pudieron hacer
check-failures-body = Lo que encontraron las demás revisiones está arriba.
check-left-behind = Restos que quedaron
check-left-behind-body = Aún se encontraron estas partes de un programa que ya no está. Ya no sirven para nada; la lista de tareas explica cómo quitar cada una.
check-left-behind-clean = No se encontró nada de lo que Kaspersky o UltraAV suelen dejar.
check-kind-by = { $kind } de { $vendor }
check-with-version = { $text }, versión { $version }
check-status = Estado: { $state }.
check-definitions = Definiciones de virus: { $words }.
check-how-known = Cómo lo sabe AV Switch
check-questions = Algunas preguntas que la revisión no puede responder
check-question-devices = ¿Cuáles de sus otros dispositivos tienen Kaspersky?
check-question-apps = ¿Qué aplicaciones de Kaspersky usa?
check-question-apps-hint = Ya aparecen marcadas si la revisión las encontró en esta computadora.
check-question-renewal = ¿Su suscripción de Kaspersky se renueva sola y le cobra cada año?
check-question-region = ¿Dónde usa esta computadora la mayor parte del tiempo?
check-question-region-why = La prohibición de EE. UU. depende de la ciudadanía y la residencia permanente, además del lugar; por eso AV Switch lo pregunta. Su respuesta se queda en esta computadora.
check-question-us-person = ¿Es usted ciudadano o residente permanente de EE. UU. (titular de green card)?
check-region-suggested = La configuración de región de esta computadora es { $country }, lo que sugiere «{ $answer }». No es su respuesta hasta que la elija.
check-region-confirm = Confirmar: { $answer }
region-us = En Estados Unidos
region-elsewhere = En otro país
device-android = Un teléfono o tableta Android
device-iphone = Un iPhone o iPad
device-mac = Una Mac
device-windows-pc = Otra computadora con Windows
answer-yes = Sí
answer-no = No
answer-not-sure = No estoy seguro
answer-prefer-not = Prefiero no decirlo

## Fechas clave

deadlines-lead = La prohibición llegó en dos etapas. Esto es lo que significa cada fecha para usted y dónde estamos hoy.
deadlines-meanings = Qué significa cada fecha
deadlines-official-time = Hora oficial: { $time }
deadlines-local-time = Según el reloj de esta computadora: { $time }
deadlines-date = Fecha: { $date }
deadlines-topic-legal = ¿Es ilegal seguir usando Kaspersky?
deadlines-topic-scope = Qué abarca la prohibición
deadlines-topic-advice = Qué aconseja el gobierno de EE. UU.
deadlines-topic-after = Qué pasó después de la prohibición
deadlines-sources = Fuentes
deadlines-sources-body = Todo lo que AV Switch dice sobre la prohibición viene de una de estas fuentes. Los enlaces se abren en su navegador web.
timeline-today = Hoy, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] ya pasó
       *[future] todavía no llega
    })
timeline-label = Línea de tiempo: { $parts }

## Elegir

choose-lead = Cualquier antivirus conocido que se mantenga al día protege mucho mejor que uno que ya no recibe actualizaciones. Estas son sus opciones; AV Switch no recomienda ninguna marca y no gana nada con su elección.
choose-question = ¿Qué protegerá esta computadora de ahora en adelante?
choose-built-in = Ya está en su computadora
choose-built-in-packages = Gratuito, de los paquetes de su sistema
choose-built-in-windows = Usar { $name } (incluido en Windows, gratuito)
    .explained = No hay nada que comprar ni descargar: se activa solo cuando no hay otro antivirus activo, y Windows Update lo mantiene al día.
    .explained-stale = No hay nada que comprar ni descargar. En esta computadora sus definiciones de virus están desactualizadas: la lista de tareas le muestra cómo actualizarlas.
choose-built-in-mac = Usar { $name } (incluido en macOS, gratuito)
    .explained = No hay nada que comprar ni descargar: forma parte de macOS y se actualiza con él. Muchas personas con Mac no usan nada más.
choose-built-in-linux = Usar { $name } (gratuito, de los paquetes de su sistema)
    .explained = Muchas computadoras de casa con Linux funcionan sin antivirus. ClamAV es la opción gratuita habitual si quiere uno.
choose-ultraav = UltraAV, que reemplazó a Kaspersky
choose-ultraav-body = UltraAV se instaló en muchas computadoras con Windows en EE. UU. en lugar de Kaspersky, sin un paso aparte que pidiera permiso, y las suscripciones de Kaspersky pasaron a UltraAV con el mismo cobro. Algunas personas comprobaron que solo se podía quitar con su propio desinstalador.
choose-ultraav-keep-or-switch = Puede conservarlo si está contento con él, o cambiar a algo que elija usted.
choose-keep-ultraav = Conservar UltraAV
choose-products = Otro producto
choose-products-body = En orden alfabético. Descargue cualquiera de ellos solo desde el sitio web de su fabricante.
choose-products-linux = La mayoría de los antivirus comerciales para el hogar solo existen para Windows y macOS. Estos también tienen versión para Linux:
choose-other = Otro producto:
choose-other-hint = su nombre
choose-other-name = Nombre del otro producto
choose-other-kaspersky = { $name } es de Kaspersky, así que no reemplaza a Kaspersky: escriba un producto de otro fabricante o elija uno de arriba.
choose-guide = Cómo elegir
choose-guide-labs = Consulte resultados de pruebas independientes
choose-guide-labs-body = En lugar de fiarse de lo que dice un vendedor, compare los productos en las pruebas periódicas que publican laboratorios independientes. Sus resultados están enlazados abajo.
choose-guide-devices = Cuente los dispositivos que debe proteger
choose-guide-devices-none = No indicó ningún otro dispositivo con Kaspersky, así que basta con proteger esta computadora. Puede agregar dispositivos en el paso Revisar.
choose-guide-devices-some = Esta computadora y además: { $devices }. Muchos productos de pago cubren varios dispositivos con una sola suscripción; la protección incluida solo cubre su propio dispositivo.
choose-guide-companions = Reemplace también las otras aplicaciones de Kaspersky

choose-guide-one-at-a-time = Nunca use dos antivirus a la vez
choose-guide-one-at-a-time-body = Dos programas que vigilan cada archivo hacen lenta la computadora y pueden bloquearse entre sí. Por eso la lista de tareas sigue un solo orden: descargue lo que necesite mientras la protección anterior sigue funcionando, quite la anterior, reinicie, y luego instale o active la nueva y actualícela.

## Lista de tareas

checklist-lead = Sus pasos para cambiar de forma segura, en orden, preparados según lo que encontró la revisión y lo que usted le dijo a AV Switch. Márquelos a medida que avanza: no pasa nada si los reparte en varios días. Sus marcas se guardan.
progress-done = { $done } de { $total } hechas
checklist-all-done = Todo listo.
checklist-all-done-body = Todos los pasos de su lista están marcados. Si todavía no lo hizo, revise esta computadora una vez más para confirmar que está protegida.
checklist-how = Cómo hacerlo
checklist-start-over = Empezar de nuevo
checklist-start-over-hint = Borrar todas las respuestas y marcas (pregunta antes)
checklist-finish-by = Terminar a más tardar el { $day } ({ $days ->
        [0] hoy
        [1] mañana
       *[other] dentro de { $days } días
    })
checklist-finish-by-past = Terminar a más tardar el { $day } ({ $days ->
        [1] ayer
       *[other] hace { $days } días
    })
checklist-pick-day = Elija un día para terminar
checklist-in-days = { $days ->
        [7] Dentro de una semana
        [14] Dentro de dos semanas
       *[other] Dentro de { $days } días
    }
checklist-no-date = Sin fecha

## Guardar

export-lead = Tenga su plan donde lo vea: imprímalo y déjelo junto a la computadora, agregue un recordatorio a su calendario o envíelo a alguien que le ayude.
export-choose-format = Elija un formato
format-markdown = Markdown
    .purpose = Para aplicaciones de notas y para compartir en línea; las marcas aparecen como casillas.
format-text = Texto simple
    .purpose = Se abre en cualquier parte, incluso en el editor más básico; también se imprime bien.
format-html = Página web para imprimir
    .purpose = Lo mejor para imprimir: letra grande y casillas vacías para marcar a mano.
format-json = Datos JSON
    .purpose = Para otros programas, o para alguien que le ayude con sus propias herramientas.
format-calendar = Recordatorio de calendario
    .purpose = Agrega a su calendario un recordatorio para el día en que quiere terminar.
export-save = Guardar...
export-saving = Guardando...
export-save-hint = Elija dónde guardar el archivo
export-copy = Copiar como texto
export-copy-hint = Poner el plan en el portapapeles, para pegarlo en un correo
export-print = Imprimir
export-print-hint = Abrir la página para imprimir en su navegador web
export-waiting = Esperando a que elija un lugar en la ventana de guardar...
export-open = Abrir
export-show-in-folder = Mostrar en la carpeta
export-copied = Copiado como texto simple. Puede pegarlo en un correo o en un documento.
export-printing = La página para imprimir se abrió en su navegador web. Use su comando Imprimir (Ctrl+P, o Cmd+P en una Mac).
export-not-saved = No se guardó.
export-no-dialog = No se pudo mostrar una ventana para guardar en esta computadora, así que AV Switch eligió este lugar para el archivo.
export-read-only = { $path } es de solo lectura, así que no se reemplazó.
export-replace = Reemplazarlo de todos modos
export-keep = Conservarlo
export-not-a-file = { $path } es una carpeta o un dispositivo, no un archivo, así que no se escribió nada ahí. Elija un nombre de archivo.
export-write-failed = No se pudo escribir { $path }. No se cambió nada ahí. Pruebe con otra carpeta, como Documentos.
export-dialog-crashed = La ventana para guardar se cerró de forma inesperada. No se guardó nada.
export-print-no-program = La página para imprimir se guardó en { $path }, pero no se encontró un programa para abrirla. Ábrala en su navegador web para imprimirla.
export-print-write-failed = No se pudo escribir la página para imprimir.
export-dialog-title = Guardar su plan de AV Switch
checklist-copied = Copiado. Péguelo en una terminal y ejecútelo ahí.
checklist-just-confirmed = Revisado de nuevo: la revisión ahora confirma { $items }.
uninstall-question-title = ¿Iniciar el desinstalador?
uninstall-question-body = La revisión no vio otro antivirus activado y al día, así que esta computadora no tendrá ningún antivirus activo desde que se quite Kaspersky hasta que haya una protección nueva activada. El paso Elegir le ayuda a escogerla antes.
uninstall-question-body-defender = La revisión no vio otro antivirus activado y al día, así que esta computadora no tendrá ningún antivirus activo hasta que Microsoft Defender Antivirus esté activado. Windows debería activarlo por sí solo cuando Kaspersky ya no esté; la lista de tareas lo confirma después.
uninstall-question-body-chosen = La revisión no vio otro antivirus activado y al día, así que esta computadora no tendrá ningún antivirus activo desde que se quite Kaspersky hasta que { $name } esté activado. Tenga listo antes su instalador.
uninstall-question-confirm = Iniciar el desinstalador
uninstall-question-cancel = Ahora no
notice-uninstaller-failed = No se pudo iniciar el desinstalador. Abra Configuración > Aplicaciones > Aplicaciones instaladas y desinstale el programa desde ahí.
choose-guide-companions-covered = Usted usa { $apps }. La prohibición de EE. UU. también las abarca, y la lista de tareas incluye reemplazarlas. Algunos paquetes de seguridad incluyen un administrador de contraseñas o una VPN.
choose-guide-companions-unknown = Usted usa { $apps }. Si la prohibición de EE. UU. le cubre, también abarca esas aplicaciones, y la lista de tareas incluye reemplazarlas. Algunos paquetes de seguridad incluyen un administrador de contraseñas o una VPN.
choose-guide-companions-chosen = Usted usa { $apps }. Si deja Kaspersky, reemplácelas también: cuando elija un reemplazo, la lista de tareas las incluye. Algunos paquetes de seguridad incluyen un administrador de contraseñas o una VPN.

## Imprimir en privado, y escribir fuera del hilo de la ventana

export-writing = Escribiendo el archivo...
export-write-crashed = La escritura de { $path } se detuvo de forma inesperada, así que no se reemplazó.
notice-print-clean-failed = No se pudieron quitar de { $folder } las páginas para imprimir de una sesión anterior. Contienen sus respuestas: puede borrarlas usted mismo.

## Palabras que antes se unían en el código

source-named-not-linked = { $name } (artículo sin enlace)
deadlines-source-number = { $number }.
deadlines-source-about = { $publisher }, { $date }
store-detail-format = formato de progreso { $found }; esta versión de AV Switch lee el formato { $read }

## Lo que oyen los lectores de pantalla

export-saved-at = Guardado como { $path }.
check-how-known-name = Cómo lo sabe AV Switch: { $name }
checklist-how-name = Cómo hacerlo: { $item }
checklist-link-name = { $link }: { $item }
checklist-link-web = Abre una página de { $site } en su navegador web.
checklist-link-step = Abre ese paso de AV Switch.
checklist-link-system = Abre esa página de la configuración de su computadora. Nada cambia hasta que usted mismo lo cambie.

## La línea de comandos, en palabras sencillas

cli-lang = Idioma de la ventana, del informe o del archivo: { $codes } (predeterminado: el elegido en la ventana o, si no, el del sistema).
cli-window = Ejecute avswitch solo, sin comando, para abrir la ventana.
cli-placeholder-options = OPCIONES
cli-placeholder-command = COMANDO
cli-value-language = IDIOMA
cli-value-folder = CARPETA
cli-value-format = FORMATO
cli-value-file = ARCHIVO
cli-value-region = REGIÓN
cli-value-answer = RESPUESTA
cli-error-unknown-argument = "{ $argument }" no es una opción de { $command }.
cli-error-did-you-mean = ¿Quiso decir { $suggestion }?
cli-error-unknown-command = "{ $command }" no es un comando. Los comandos son check y export; avswitch solo abre la ventana.
cli-error-invalid-value = "{ $value }" no es posible para { $argument }: use { $values }.
cli-error-missing = { $count ->
        [one] Falta { $arguments }.
       *[other] Faltan { $arguments }.
    }
cli-error-conflict = { $first } y { $second } no se pueden usar juntos.
cli-error-value-form = { $argument } no se escribió como corresponde: vea la ayuda.
cli-error-other = No se pudo entender la línea de comandos.
cli-error-help = Para saber más, ejecute: { $help }
list-or = { $first } o { $last }
cli-folder-missing = La carpeta { $path } no existe.
cli-no-display = La ventana de AV Switch necesita un escritorio, y aquí no se encontró ninguno. En una terminal, "avswitch check" revisa esta computadora y "avswitch export --format txt" escribe su lista de tareas; "avswitch --help" explica el resto.
cli-no-window = Esta versión de AV Switch no tiene ventana: se compiló solo para la línea de comandos. Ejecute avswitch check, o avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY indica una computadora grabada, así que esta no se puede grabar al mismo tiempo. Quite AVSWITCH_REPLAY para grabar esta computadora.
checklist-link-file = Lo abre en esta computadora, como si hiciera doble clic en él.
checklist-uninstall-hint = Inicia el desinstalador propio de este programa, el mismo que inicia Aplicaciones instaladas. AV Switch no quita nada por sí mismo.
checklist-copy-hint = Copia el comando de arriba al portapapeles, para que lo pegue en una terminal. AV Switch no lo ejecuta.
