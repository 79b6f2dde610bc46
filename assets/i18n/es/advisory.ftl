# La prohibición, en palabras de la aplicación. Las fechas, las fuentes y qué
# dato se apoya en qué fuente están en assets/advisory.toml.

date-eastern = { $date }, { $time } { $zone }
source-ongoing = continuo
source-not-linked = (artículo sin enlace)

## Dónde estamos hoy

status-before-sales-ban = { $vendor } todavía se puede comprar hasta el { $sales_day } ({ $sales_when }) y recibe actualizaciones hasta el { $updates_day }.
status-sales-banned = { $vendor } ya no se puede comprar. Sus actualizaciones terminan el { $updates_day }, { $updates_when }.
status-unknown = La prohibición de EE. UU. detiene las actualizaciones de { $vendor } desde el { $updates_day } ({ $updates_when }) para toda persona que esté en Estados Unidos y para los ciudadanos y residentes permanentes de EE. UU. dondequiera que vivan.
status-next-unknown = { status-next-unknown-command-line } El paso Revisar le pregunta dónde usa esta computadora, para que AV Switch sepa cuál es su caso.
# The command line: its own way to answer follows.
status-next-unknown-command-line = Fuera de Estados Unidos, { $vendor } dice que sus productos siguen recibiendo actualizaciones.
status-not-covered = La prohibición de EE. UU. sobre { $vendor } no se aplica a usted: cubre a las personas que están en Estados Unidos y a los ciudadanos y residentes permanentes de EE. UU. dondequiera que vivan.
status-next-not-covered = { $vendor } dice que sus productos siguen recibiendo actualizaciones y soporte en otros países. Google Play retiró las aplicaciones de { $vendor } en todo el mundo, así que los teléfonos Android ya no pueden actualizarlas desde la tienda. Cambiar es decisión suya: AV Switch puede igualmente revisar esta computadora y planificar un cambio si lo desea.
status-updates-ended = Las actualizaciones de { $vendor } para clientes de EE. UU. terminaron el { $updates_day }, hace { $since }.
status-next-before-updates-end = Hay tiempo para cambiar con calma. Los próximos pasos revisan esta computadora y le ayudan a elegir un reemplazo antes de que terminen las actualizaciones.
status-next-after-updates-end = Si esta computadora todavía tiene Kaspersky, reemplazarlo es lo más útil que puede hacer por su seguridad. Los próximos pasos revisan esta computadora y preparan un plan con usted.

## Fechas clave

milestone-announced = Se anuncia la prohibición de EE. UU.
    .meaning = El Departamento de Comercio de EE. UU. decidió que Kaspersky ya no puede vender ni dar soporte a su antivirus en Estados Unidos. El aviso oficial se publicó en el Federal Register el 24 de junio de 2024. Ese día no cambió nada en su computadora.
milestone-sales_end = Fin de las ventas en EE. UU.
    .meaning = Desde ese momento, Kaspersky no pudo aceptar nuevos clientes en EE. UU. ni vender nuevas suscripciones. Las instalaciones existentes siguieron funcionando y recibiendo actualizaciones.
milestone-updates_end = Fin de las actualizaciones en EE. UU.
    .meaning = Desde ese momento, Kaspersky ya no puede enviar definiciones de virus ni actualizaciones del programa a sus clientes en EE. UU. En sus computadoras Kaspersky sigue funcionando después de esa fecha, pero sin actualizaciones ya no conoce las amenazas nuevas, así que su protección se queda cada vez más atrás.

## Datos

fact-F1 = El 20 de junio de 2024, el Departamento de Comercio de EE. UU. (Oficina de Industria y Seguridad) anunció una decisión definitiva que prohíbe los productos y servicios antivirus y de seguridad de Kaspersky para las personas en Estados Unidos. Su página oficial enumera todo lo que está prohibido.
fact-F2 = La decisión se publicó en el Federal Register el 24 de junio de 2024 (89 FR 52434, documento 2024-13532).
fact-F3 = Desde el 20 de julio de 2024 a las 00:00, hora del Este, Kaspersky no puede aceptar nuevos clientes en EE. UU. ni vender nuevas suscripciones.
fact-F4 = Desde el 29 de septiembre de 2024 a las 00:00, hora del Este, Kaspersky no puede enviar actualizaciones de definiciones de virus ni del programa a sus clientes en EE. UU., ni revender ni licenciar su software. Algunas noticias dicen 28 o 30 de septiembre; el anuncio oficial da este momento exacto.
fact-F5 = La prohibición abarca todos los productos y servicios de seguridad o antivirus de Kaspersky para las personas en Estados Unidos, incluida la tecnología de Kaspersky integrada en productos de otras empresas con su propio nombre. También incluye a los ciudadanos de EE. UU. que viven en el extranjero.
fact-F6 = No están incluidos: los servicios de inteligencia sobre amenazas de Kaspersky, su formación en seguridad y la consultoría puramente informativa o educativa.
fact-F7 = Según la prohibición de EE. UU., quienes siguen usando Kaspersky no infringen la ley ni reciben ninguna sanción. Pero el gobierno de EE. UU. advierte que quien lo siga usando asume todos los riesgos de seguridad que eso conlleva.
fact-F8 = El gobierno de EE. UU. aconseja a los clientes de Kaspersky en EE. UU. que cambien pronto a otro producto, para que su información personal y confidencial no quede sin protección. La secretaria de Comercio de EE. UU. los instó a dejar de usarlo y cambiar.
fact-F11 = El 15 de julio de 2024, Kaspersky anunció que cerraría gradualmente su negocio en EE. UU. a partir del 20 de julio de 2024.
fact-F12 = Kaspersky ofreció a sus clientes restantes en EE. UU. seis meses de uso gratuito de Kaspersky Standard, Plus, Password Manager, Safe Kids y VPN Secure Connection.
fact-F13 = Alrededor del 19 de septiembre de 2024, una actualización eliminó Kaspersky de las computadoras con Windows de los clientes en EE. UU. e instaló en su lugar UltraAV (de Pango Group), y UltraVPN para algunos suscriptores de la VPN, sin pedir permiso aparte. Los usuarios de Mac, Android y iPhone tuvieron que instalar UltraAV por su cuenta. La facturación pasó a UltraAV con el mismo calendario.
fact-F14 = Algunas personas comprobaron que UltraAV solo se podía quitar con su propio desinstalador; con otros métodos volvía a aparecer.
fact-F15 = En octubre de 2024, Google retiró las aplicaciones de Kaspersky de Google Play, así que los teléfonos Android ya no pueden actualizarlas ni reinstalarlas desde la tienda.
fact-F16 = Los productos de Kaspersky para el hogar son Kaspersky Basic, Standard, Plus y Premium; los más antiguos son Anti-Virus, Internet Security, Total Security, Security Cloud y Free. Sus aplicaciones complementarias son Password Manager, VPN Secure Connection y Safe Kids.
fact-F17 = Kaspersky Password Manager puede exportar sus contraseñas a un archivo, pero sus propias copias de seguridad solo se pueden abrir con Kaspersky Password Manager, y su contraseña maestra no se puede recuperar. Por eso, exporte sus contraseñas antes de desinstalarlo y luego impórtelas en su nuevo administrador de contraseñas.
fact-F18 = La herramienta de eliminación de Kaspersky, kavremover, sirve para cuando la desinstalación normal falla. Los archivos de la cuarentena de Kaspersky ya no se pueden recuperar una vez eliminado Kaspersky.
fact-F19 = En Windows, Microsoft Defender Antivirus viene incluido, es gratuito y se activa solo cuando no hay otro antivirus activo. No requiere compra.
fact-F20 = Dos laboratorios independientes publican con regularidad pruebas comparativas de antivirus para el hogar: AV-TEST y AV-Comparatives. Sus resultados son un buen lugar para comparar productos.
fact-F25 = Algunas computadoras en Estados Unidos siguieron recibiendo actualizaciones de Kaspersky después del 29 de septiembre de 2024. Kaspersky no puede suministrar actualizaciones a clientes de EE. UU., así que esas actualizaciones pueden detenerse en cualquier momento.

fact-F26 = Para revisar las conexiones seguras (HTTPS), Kaspersky agrega su propio certificado raíz a los certificados en los que confían Windows y macOS ("Kaspersky Anti-Virus Personal Root Certificate" en Windows, "Kaspersky Web Anti-Virus Certification Authority" en una Mac). Firefox puede estar configurado para confiar en ellos también. Sin Kaspersky, nadie mantiene al día ese certificado, así que conviene quitarlo.

fact-F27 = Kaspersky instala una extensión del navegador, Kaspersky Protection, en Chrome, Edge y Firefox. La prueba de desinstalación de AV-Comparatives de 2022 comprobó que el desinstalador de Kaspersky la dejaba instalada.

fact-F28 = En Windows, Kaspersky ejecuta servicios y controladores (como AVP21.3, klif y klhk) y guarda su configuración en el registro y en carpetas de Kaspersky Lab. Se ha informado que los controladores y la configuración que quedan tras desinstalarlo impiden las actualizaciones de funciones de Windows; kavremover es la herramienta de Kaspersky para quitarlos.

fact-F24 = El idioma o la configuración regional de una computadora no es el país de la persona: el inglés de EE. UU. es una configuración común en todo el mundo. Windows y macOS guardan aparte una región, que AV Switch usa solo para sugerir una respuesta que usted confirma. La ciudadanía no se puede detectar de ninguna manera.

fact-F23 = Google retiró las aplicaciones de Kaspersky de Google Play en todo el mundo, no solo en Estados Unidos, así que los usuarios de Android de cualquier país no pueden instalarlas ni actualizarlas desde la tienda.

fact-F22 = Las personas fuera de Estados Unidos que no son ciudadanas ni residentes permanentes de EE. UU. no están cubiertas. Kaspersky dice que las restricciones de EE. UU. no cambian sus productos ni su soporte en otros países y que sus bases de datos de virus se siguen actualizando; un investigador de Kaspersky dijo a la prensa de Indonesia que no hay restricciones parecidas en Asia-Pacífico, incluida Indonesia.

fact-F21 = La prohibición cubre a todas las personas que están en Estados Unidos, y a los ciudadanos y residentes permanentes de EE. UU. (titulares de green card) dondequiera que vivan, así como a las empresas estadounidenses y sus sucursales en el extranjero. Se aplica según la persona y también según el lugar.
fact-F19-mac = Las computadoras Mac traen incluido XProtect, la protección de Apple contra el malware. No requiere compra.
fact-F31 = El soporte de Windows 10 terminó el { $support_end }. Desde entonces, una computadora con Windows 10 recibe actualizaciones de seguridad solo si está inscrita en las Actualizaciones de Seguridad Extendidas (ESU), que Microsoft extendió para usuarios domésticos hasta el { $esu_end }; Configuración > Windows Update indica si está inscrita y ofrece la inscripción donde está disponible. Microsoft sigue enviando a Microsoft Defender Antivirus inteligencia de seguridad nueva (definiciones de virus) en Windows 10 hasta octubre de 2028, pero dice que las computadoras con Windows 10 son más vulnerables aun con ella, y recomienda pasar a Windows 11 si la computadora puede. Windows 11 es la compilación 22000 y posteriores.
fact-F32 = Cuando hay otro antivirus instalado, Microsoft Defender Antivirus se desactiva automáticamente. Microsoft dice que puede volver a activarse solo cuando el otro producto caduca, se desinstala o deja de proteger, así que hay que comprobar si está activado, no suponerlo.
fact-F33 = Configuración de Windows tiene direcciones documentadas para sus páginas: ms-settings:appsfeatures abre Aplicaciones instaladas y ms-settings:windowsdefender abre Seguridad de Windows.
fact-F34 = En macOS 15 (Sequoia) y posteriores, los datos de XProtect en uso están en /var/protected/xprotect y se actualizan por iCloud; desde macOS 15.2 la copia antigua en /Library/Apple/System/Library/CoreServices ya no los alimenta, así que su versión ahí puede estar desactualizada.
fact-F35 = Kaspersky Password Manager exporta sus datos como archivo de texto sin cifrar (.txt); sus copias de seguridad cifradas solo se abren en Kaspersky Password Manager. Otros administradores de contraseñas indican en su página de importación qué archivos leen. El archivo exportado contiene todas las contraseñas a la vista de cualquiera, así que conviene borrarlo cuando termine la importación.
fact-F36 = Después de que Google Play retiró sus aplicaciones en todo el mundo, Kaspersky dijo que las aplicaciones ya instaladas siguen funcionando y actualizando sus bases de datos, y remitió a los usuarios a otras tiendas de aplicaciones o a su propia descarga. Es una declaración de Kaspersky para usuarios fuera de Estados Unidos; no cambia la prohibición de EE. UU.
fact-F37 = Los seis meses gratuitos de Kaspersky para clientes de EE. UU. comenzaron en julio de 2024, así que terminaron a principios de 2025 y ya no están disponibles. Hasta noviembre de 2026 no se encontró ningún cambio en la prohibición de EE. UU.
fact-F38 = Los productos de Kaspersky para Windows pueden protegerse con una contraseña contra la desinstalación, el cierre y los cambios de configuración. Una contraseña olvidada solo se puede restablecer en Modo seguro, con la herramienta de restablecimiento de Kaspersky; si la sigue pidiendo, Kaspersky indica quitar el producto con kavremover.
fact-F39 = En Modo seguro, Windows puede no cargar ningún controlador de sonido, así que lectores de pantalla como Narrador, NVDA y JAWS pueden no hablar. Un paso que necesite el Modo seguro debe decirlo y ofrecer antes otro camino.
fact-F41 = Microsoft Defender Antivirus puede quedar desactivado por directivas que dejaron herramientas de ajuste, un antivirus antiguo o un empleador. Seguridad de Windows muestra entonces algunas opciones como administradas por su organización, y Activar puede aparecer en gris. Con la protección contra alteraciones activada, Windows ignora esas directivas, así que una directiva vista es una posible causa, no una prueba.
fact-F42 = Kaspersky avisó a sus clientes de EE. UU. que sus aplicaciones ya no se pueden descargar de sus sitios de EE. UU. (usa.kaspersky.com, my.kaspersky.com), ni la extensión Kaspersky Protection de las tiendas de extensiones de los navegadores; los demás países no se ven afectados. Si un sitio de Kaspersky no ayuda, una renovación se puede detener igualmente: el banco o el emisor de la tarjeta pueden detener los pagos.
fact-F40 = Windows Security Center puede seguir mostrando un antivirus que se quitó: su programa, sus servicios y sus procesos ya no están, pero Security Center todavía lo nombra. Es una entrada que quedó en su lista, no un producto instalado, así que desinstalarlo otra vez no es la solución.
status-next-after-updates-end-found = Reemplazar Kaspersky en esta computadora es lo más útil que puede hacer por su seguridad. Los siguientes pasos le ayudan a elegir un reemplazo y a hacer un plan con usted.
status-next-after-updates-end-not-found = La revisión no encontró ningún programa de Kaspersky en esta computadora. Los siguientes pasos se aseguran de que su protección esté activada y al día, y cubren sus otros dispositivos.
facts-checked = Datos comprobados en { $month }.
facts-checked-on = Datos comprobados el { $day }.
facts-may-be-old = Eso fue hace más de seis meses, así que algunos pueden estar desactualizados: AV Switch nunca busca en internet. Una versión más nueva de AV Switch puede saber más; búsquela donde consiguió esta.
