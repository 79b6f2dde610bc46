# El plan exportado (Markdown, texto, página web, JSON, calendario) y el
# informe de `avswitch check`.

export-title = AV Switch: su plan para cambiar de antivirus
export-made-on = Preparado el { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = Dónde estamos
coverage-unknown = { coverage-unknown-command-line } Puede responder en el paso Revisar.
# The command line: its own way to answer follows.
coverage-unknown-command-line = Todavía no se sabe si la prohibición de EE. UU. le cubre: cubre a las personas que están en Estados Unidos y a los ciudadanos y residentes permanentes de EE. UU. en cualquier lugar.
coverage-not-covered = Según sus respuestas, la prohibición de EE. UU. no le cubre: usa esta computadora fuera de Estados Unidos y no es ciudadano ni residente permanente de EE. UU.
coverage-covered = Según sus respuestas, la prohibición de EE. UU. le cubre: se aplica a las personas que están en Estados Unidos y a los ciudadanos y residentes permanentes de EE. UU. en cualquier lugar.
export-this-computer = Esta computadora
export-not-checked = Esta computadora no se revisó para esta lista.
export-next = Siguiente paso: { $step }
export-checklist = Su lista de tareas
export-finish-by = Terminar a más tardar el { $day }.
export-finish-by-suggested = Todavía no eligió una fecha para terminar; dentro de una semana sería el { $day }.
export-replacement = Reemplazo: { $name }.
export-replacement-none = Reemplazo: todavía sin elegir.
export-confirmed = confirmado por la revisión
export-sources = Fuentes
calendar-event = Terminar el cambio de antivirus
calendar-reminder = Mañana: terminar el cambio de antivirus
calendar-still-to-do = Falta por hacer:

## Un hallazgo en una línea

flag-affected = afectado por la prohibición de EE. UU.
flag-affected-if-covered = afectado por la prohibición de EE. UU. si esta se aplica a usted
flag-made-by-kaspersky = producto de Kaspersky
flag-replacement = instalado en lugar de Kaspersky
flag-built-in = incluido en el sistema
state-words-on = activado
state-words-off = desactivado
state-words-snoozed = en pausa (detenido por ahora)
state-words-expired = caducado (su licencia o suscripción terminó)
state-words-installed = instalado (no se sabe si está funcionando)
finding-definitions = definiciones de virus: { $words }
definitions-up-to-date = al día
definitions-out-of-date = desactualizadas
definitions-missing = no hay ninguna instalada
definitions-unknown = sin informar
definitions-age = última actualización { $when }
definitions-version = versión { $version }
# A product in a report: "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on."
# $tags are its kind and flags, joined with list-separator.
finding-line = { $name } ({ $tags }): { $state }.
# The same for an anti-virus, with $definitions: "virus definitions: out of date, last updated 2 years ago".
finding-line-antivirus = { $name } ({ $tags }): { $state }; { $definitions }.
# The definitions' $status ("out of date") and $age ("last updated 2 years ago").
definitions-with-age = { $status }, { $age }
# The definitions' $words with their own $version ("up to date (version 1.389.0)").
definitions-with-version = { $words } ({ $version })

## avswitch check

report-title = AV Switch: revisión de esta computadora ({ $system }), { $date }
report-next = Siguiente paso: { $step }
report-source = Fuente: { $publisher }, "{ $title }", { $url }
report-nothing-found = No se encontraron programas de seguridad.
report-found = Se encontró:
report-failures = Revisiones que no se pudieron hacer:
report-left-behind = Restos que quedaron (partes de programas ya quitados):
report-left-behind-clean = Restos que quedaron: no se encontró nada de lo que Kaspersky o UltraAV suelen dejar.
report-version = Versión: { $version }
report-seen-by = Visto por { $probe }: { $detail }
report-ban = La prohibición: { $status }
definitions-never-updated = nunca actualizadas: indica que nunca completó una actualización
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = Las revisiones que pudieron hacerse no encontraron programas de seguridad; las que no pudieron hacerse se indican abajo.
report-answer-coverage = Para indicar dónde usa esta computadora, revise de nuevo con --region us, o con --region elsewhere y --us-person yes o no.
export-command = Escriba este comando en una terminal
