# Revisar esta computadora: qué se encontró, cómo lo sabe AV Switch y qué no
# se pudo revisar.

## Tipos de programa y sus estados

kind-antivirus = Antivirus
kind-password-manager = Administrador de contraseñas
kind-vpn = VPN
kind-parental-control = Control parental
kind-endpoint-agent = Agente de administración de la empresa
check-leftover-certificate = El certificado raíz de confianza de Kaspersky
check-leftover-extension = La extensión de navegador Kaspersky Protection
check-leftover-service = Servicios y controladores
check-leftover-registry = Configuración en el registro
check-leftover-folder = Carpetas
check-leftover-registration = Un antivirus quitado que Windows todavía muestra
state-on = Activado
state-off = Desactivado
state-snoozed = En pausa
state-expired = Caducado
state-installed = Instalado
list-and = { $first } y { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
os-other = este sistema

## Las revisiones, tal como las ve la persona

probe-all = Todas las revisiones
probe-security-center = Windows Security Center
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Programas instalados
probe-kaspersky-update = Última actualización de Kaspersky
probe-kaspersky-settings = Configuración de Kaspersky
probe-running-programs = Programas en ejecución
probe-applications = Aplicaciones
probe-background-services = Servicios en segundo plano
probe-xprotect = XProtect
probe-packages = Paquetes instalados
probe-program-folders = Carpetas de programas
probe-services = Servicios
probe-clamav-database = Base de datos de ClamAV
probe-kesl-state = Informe de Kaspersky Endpoint Security
probe-certificates = Certificados de confianza
probe-browser-extensions = Extensiones del navegador
probe-windows-services = Servicios y controladores
probe-leftover-settings = Configuración y carpetas

## Lo que vio cada revisión

evidence-security-center = Indica que está { $state }, definiciones de virus { $definitions }, último informe { $reported }, programa { $program }
evidence-registration-left-behind = Security Center todavía muestra { $name }, pero ninguno de sus programas, servicios ni entradas de desinstalación está en esta computadora
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = otra entrada de Security Center del mismo producto es la que decide su estado
signature-words-up-to-date = al día
signature-words-out-of-date = desactualizadas
signature-words-missing = ausentes
signature-words-unknown = sin informar
value-not-known = (no se sabe)
evidence-defender = { $source ->
        [registry] Según su configuración en el registro:
       *[report] Según su propio informe:
    } antivirus activado: { $antivirus ->
        [yes] sí
        [no] no
       *[unknown] no se sabe
    }; protección en tiempo real activada: { $realtime ->
        [yes] sí
        [no] no
       *[unknown] no se sabe
    }; modo: { $mode }; definiciones de virus { $version }, actualizadas { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = normal
defender-mode-passive = pasivo
defender-mode-sxs-passive = pasivo (en paralelo)
defender-mode-edr-block = bloqueo EDR
defender-mode-not-running = no se está ejecutando
evidence-installed-program = Figura en los programas instalados como "{ $name }"
evidence-installed-program-by = Figura en los programas instalados como "{ $name }", de { $publisher }
evidence-kaspersky-update = Última actualización correcta registrada: { $at }
evidence-kaspersky-never-updated = La configuración de Kaspersky indica que nunca completó una actualización de sus definiciones de virus
evidence-kaspersky-password = Su protección con contraseña está activada ({ $value } en { $key }): desinstalarlo pide esa contraseña
evidence-defender-policy = Hay una directiva que lo desactiva ({ $values } en { $key })
evidence-running = { $program } se está ejecutando
evidence-package = Paquete { $name } { $version } ({ $manager })
evidence-folder = { $path } existe
evidence-service = { $unit } { $running ->
        [yes] se está ejecutando
       *[no] no se está ejecutando
    }
evidence-clamav-missing = No se encontraron definiciones de virus en { $folder }
evidence-clamav = { $path }: versión { $version }, { $count } firmas, creada el { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } lo inicia al encender la Mac
evidence-xprotect = XProtect versión { $version } ({ $path })
evidence-kesl = Bases de datos de virus publicadas el { $released }; cargadas: { $loaded ->
        [yes] sí
        [no] no
       *[unknown] sin informar
    }
evidence-launch-agent = { $path } lo inicia cuando alguien inicia sesión
evidence-leftover-extension = Kaspersky Protection en { $browser }, perfil "{ $profile }": { $path }
evidence-leftover-certificate = { $subject }, en el almacén { $store }, huella digital { $thumbprint }, válido hasta { $until }
evidence-leftover-keychain = { $name }, en { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = Firefox está configurado para confiar en los certificados en los que confía Windows o macOS, incluido el de Kaspersky ({ $path })
evidence-leftover-service = { $driver ->
        [yes] El controlador
       *[no] El servicio
    } { $name }{ $named ->
        [yes] {" "}("{ $shown }")
       *[no] {""}
    } inicia { $file } { $gone ->
        [yes] (ese archivo ya no existe: quedó huérfano)
       *[no] (ese archivo sigue ahí)
    }
evidence-leftover-key = Clave del registro { $key }

## Por qué no se pudo hacer una revisión

failure-stopped-unexpectedly = Esta revisión se detuvo de forma inesperada.
failure-unsupported-system = AV Switch todavía no puede revisar este sistema; solo funciona con Windows, macOS y Linux.
failure-no-security-center = Windows Security Center no está disponible en esta computadora: algunas ediciones de Windows, como Windows Server, no lo tienen. Las demás revisiones sí se hicieron.
failure-unavailable = No está disponible en esta computadora, así que no se pudo revisar. Las demás revisiones sí se hicieron.
failure-denied = AV Switch no tuvo permiso para mirarlo, así que no se pudo revisar. Las demás revisiones sí se hicieron.
failure-no-answer = Windows no respondió, así que no se pudo revisar. Las demás revisiones sí se hicieron.
failure-running-programs-silent = Windows no mostró ningún programa en ejecución, así que no se pudieron revisar. Las demás revisiones sí se hicieron.
failure-skipped = { $count ->
    [one] No se pudo leer una entrada de la lista de Windows, así que no aparece aquí. El resto de la lista sí se revisó, y las demás revisiones también se hicieron.
   *[other] No se pudieron leer { $count } entradas de la lista de Windows, así que no aparecen aquí. El resto de la lista sí se revisó, y las demás revisiones también se hicieron.
}
failure-unreadable = No se pudo leer { $path }: { $detail }
failure-damaged = { $path } está dañado: { $detail }
failure-kesl-permission = kesl-control no informó del estado de Kaspersky Endpoint Security ("{ $detail }"). Para leerlo se necesitan permisos de administrador (sudo) o pertenecer al grupo keslaudit; las demás revisiones sí se hicieron.
failure-scan-crashed = La revisión se detuvo de forma inesperada. No se cambió nada en esta computadora; pruebe con Revisar de nuevo.
recording-unreadable = No se pudo leer ni escribir { $path }: { $detail }
recording-damaged = { $path } no es una grabación que AV Switch pueda leer: { $detail }
recording-none-here = { $path } no contiene ninguna computadora grabada: una grabación es una carpeta creada con avswitch check --record, que contiene un archivo index.json.
recording-folder-not-empty = { $path } ya contiene archivos. Elija una carpeta nueva o vacía para la grabación.
command-not-found = { $program } no está en esta computadora.
command-timed-out = { $program } no respondió en { $seconds } segundos.
command-failed = No se pudo iniciar { $program }: { $reason }
parse-security-center-json = La respuesta de Security Center no es un JSON válido ({ $detail }).
parse-security-center-not-list = La respuesta de Security Center no es una lista de productos.
parse-security-center-no-name = Un producto de Security Center no tiene nombre.
parse-security-center-no-state = { $name } no tiene un productState válido.
parse-clamav-missing = falta el encabezado de la base de datos de ClamAV
parse-clamav-no-build-time = el encabezado de la base de datos de ClamAV no tiene fecha de creación
parse-clamav-bad-build-time = la fecha de creación del encabezado de ClamAV no se puede leer
parse-clamav-no-version = el encabezado de la base de datos de ClamAV no tiene versión
parse-clamav-no-count = el encabezado de la base de datos de ClamAV no indica cuántas firmas tiene
parse-plist-unreadable = el Info.plist de la aplicación no se puede leer ({ $detail })
parse-plist-not-dictionary = el Info.plist de la aplicación no es un diccionario
parse-certificates-json = la lista de certificados no es JSON válido ({ $detail })
parse-certificates-not-list = la lista de certificados no es una lista
parse-extensions-json = la lista de complementos del navegador no es JSON válido ({ $detail })

## El resultado en palabras sencillas

summary-kaspersky-running = { $name } está instalado y funcionando en esta computadora.
summary-kaspersky-running-stale-since = { $name } está funcionando, pero sus definiciones de virus se actualizaron por última vez { $when }, así que no puede proteger contra amenazas nuevas.
summary-kaspersky-running-stale = { $name } está funcionando, pero sus definiciones de virus están desactualizadas, así que no puede proteger contra amenazas nuevas.
summary-kaspersky-running-never = { $name } está funcionando, pero nunca completó una actualización de sus definiciones de virus, así que no puede proteger contra amenazas nuevas.
summary-kaspersky-running-next = Kaspersky no puede enviar actualizaciones a las personas que están en Estados Unidos. La lista de tareas le ayuda a elegir un reemplazo y a cambiar en un orden seguro, sin dejar esta computadora desprotegida.
summary-kaspersky-running-current-next = Kaspersky no puede suministrar actualizaciones a las personas que están en Estados Unidos, así que las que todavía recibe pueden detenerse en cualquier momento. La lista de tareas le ayuda a elegir un reemplazo y a cambiar en un orden seguro.
summary-kaspersky-running-unknown-next = Si usted está en Estados Unidos, o es ciudadano o residente permanente de EE. UU., Kaspersky no puede suministrarle actualizaciones; en los demás casos, Kaspersky dice que sus productos siguen recibiéndolas. Cuál de los dos casos es el suyo decide su plan.
summary-kaspersky-running-not-covered-next = La prohibición de EE. UU. no le cubre, y Kaspersky dice que sus productos siguen recibiendo actualizaciones fuera de Estados Unidos. Cambiar es decisión suya; la lista de tareas le muestra cómo hacerlo si lo decide.
summary-kaspersky-update-next = Abra { $name } y actualícelo. Si ya no se actualiza, elija otro antivirus: el paso Elegir le ayuda.
summary-definitions-recent = Sus definiciones de virus se actualizaron por última vez { $when }.
summary-kaspersky-not-running = { $name } está instalado en esta computadora, pero no está funcionando.
summary-kaspersky-present = { $name } está en esta computadora.
summary-kaspersky-several = Estos programas de Kaspersky están en esta computadora: { $names }.
summary-nothing-protects = En este momento nada está protegiendo esta computadora.
summary-kaspersky-unprotected-next = La lista de tareas le guía en un orden seguro: quite Kaspersky, reinicie, y luego active la protección que elija y actualícela.
summary-kaspersky-unprotected-not-covered-next = Vuelva a activar { $name } y actualícelo, o elija otro antivirus: la lista de tareas le muestra cómo.
summary-replacement = { $name } está en esta computadora. Se instaló en lugar de Kaspersky a muchos clientes de EE. UU. en septiembre de 2024, sin un paso aparte que les pidiera permiso.
summary-replacement-next = Puede conservarlo o cambiar a otro: el paso Elegir explica ambas opciones. Si lo quita, use su propio desinstalador.
summary-protected = No se encontró ningún programa de Kaspersky. { $name } está protegiendo esta computadora.
summary-protected-next = Lo que la prohibición significa para sus otros dispositivos está en las fechas clave; la lista de tareas se ocupa del resto.
summary-idle = No se encontró ningún programa de Kaspersky. { $name } está instalado, pero parece que ahora mismo no protege esta computadora.
summary-idle-next-linux = Si confía en { $name }, asegúrese de que esté funcionando y de que mantenga al día sus definiciones de virus. El paso Elegir tiene más información.
summary-idle-next = Active { $name } o { $turn_on }
summary-none-linux = No se encontró ningún programa de Kaspersky ni ningún antivirus en esta computadora.
summary-none-linux-next = Muchas computadoras de casa con Linux funcionan sin antivirus. Si quiere uno, ClamAV es gratuito; el paso Elegir tiene más información.
summary-none = No se encontró ningún antivirus activo en esta computadora.
summary-no-definitions = { $name } todavía no tiene definiciones de virus, así que no puede reconocer amenazas.
summary-incomplete = Algunas revisiones no se pudieron hacer, así que este resultado puede estar incompleto. Los detalles están más abajo.
summary-definitions-old = Sus definiciones de virus están desactualizadas: la última actualización fue { $when }.
summary-definitions-out-of-date = Sus definiciones de virus están desactualizadas.
summary-definitions-missing = No tiene definiciones de virus.
summary-turn-on-defender = Abra Seguridad de Windows y active Microsoft Defender Antivirus: viene incluido en Windows y es gratuito.
summary-update-macos = Mantenga macOS actualizado: su protección incluida, XProtect, se actualiza con el sistema.
summary-install-antivirus = Instale un antivirus de confianza; el paso Elegir le ayuda.

## Las actualizaciones del Kaspersky de esta computadora, junto a las fechas de la prohibición

machine-kaspersky-updated = El { $name } de esta computadora actualizó sus definiciones de virus por última vez { $when }.
machine-kaspersky-may-stop = Kaspersky no puede suministrar actualizaciones a las personas que están en Estados Unidos, así que estas actualizaciones pueden detenerse en cualquier momento.
machine-kaspersky-may-stop-unknown = Si la prohibición de EE. UU. le cubre, estas actualizaciones pueden detenerse en cualquier momento.
machine-kaspersky-out-of-date = Están desactualizadas.
signature-words-never-updated = nunca actualizadas
evidence-uninstaller = { $path }: su desinstalador
summary-kaspersky-expired = { $name } está en esta computadora, pero su licencia terminó: ya no protege esta computadora.
summary-stale = { $name } está activado, pero sus definiciones de virus están desactualizadas, así que no puede proteger contra amenazas nuevas.
summary-protects = { $name } está protegiendo esta computadora.
summary-kaspersky-remove-next = La lista de tareas explica cómo quitar los programas de Kaspersky de forma segura.
summary-kaspersky-remove-not-covered-next = Si ya no usa Kaspersky, la lista de tareas le muestra cómo quitarlo.
summary-stale-since = { $name } está activado, pero sus definiciones de virus se actualizaron por última vez { $when }, así que no puede proteger contra amenazas nuevas.
summary-not-protecting = { $name } está { $state }, así que no protege esta computadora.
summary-stale-next = Actualice las definiciones de virus de { $name } (la lista de tareas le muestra cómo) o elija otro antivirus.
summary-unknown = AV Switch no pudo saber si algún antivirus está protegiendo esta computadora.
summary-unknown-detail = No se pudo revisar si otro antivirus protege esta computadora: vea abajo las revisiones que no se pudieron hacer.
summary-unknown-next-windows = Abra Seguridad de Windows y mire Protección antivirus y contra amenazas: ahí se ve qué antivirus está activado. Después, revise de nuevo.
summary-unknown-next-mac = macOS se protege con XProtect, que llega con sus actualizaciones: instale las actualizaciones pendientes en Configuración del Sistema > General > Actualización de software, y luego revise de nuevo.
summary-unknown-next-linux = Revise de nuevo; si alguna parte sigue sin poder revisarse, el motivo aparece debajo.
summary-idle-expired = No se encontró ningún programa de Kaspersky. { $name } está instalado, pero su licencia o suscripción terminó.
summary-definitions-never = Nunca completó una actualización de sus definiciones de virus.
summary-definitions-unknown = La revisión no pudo saber cuándo se actualizaron por última vez sus definiciones de virus.
summary-kaspersky-password = { $name } está protegido con una contraseña: desinstalarlo pide esa contraseña. La lista de tareas explica qué hacer si nadie la conoce.
summary-defender-policy = Una opción de esta computadora puede estar manteniendo { $name } desactivado: Seguridad de Windows dice entonces que algunas opciones están administradas por su organización. La lista de tareas explica qué hacer.
summary-managed = { $name } lo administra un empleador o su departamento de TI: es una edición para organizaciones, o solo un administrador puede quitarlo.
summary-managed-next = Pregunte a quien administra esta computadora (su empleador o su departamento de TI) antes de quitar nada: quizá lo estén reemplazando ellos mismos. La lista de tareas explica la prohibición y qué preguntar.
summary-left-behind = Quedaron partes de programas que ya no están instalados (aparecen en Restos que quedaron). La lista de tareas le muestra cómo quitarlas.
evidence-xprotect-old-copy = XProtect versión { $version } de su copia antigua ({ $path }): desde macOS 15.2 esa copia ya no se actualiza, así que el XProtect en uso puede ser más reciente
recording-detail-version = es "{ $format }" versión { $version }, y este AV Switch lee "{ $expected }" versiones 1 a { $latest }
recording-detail-outside = "{ $name }" está fuera de la carpeta de la grabación
recording-detail-either = "{ $entry }" necesita exactamente uno de { $one } y { $other }
recording-detail-command-error = "{ $kind }" no es un error de comando que AV Switch conozca
