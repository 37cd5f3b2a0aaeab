/**
 * Common words of English and Spanish news prose: function words, frequent nouns, verbs and
 * adjectives, weekdays and months. Hand-edited. Read by the scanner's precision rules:
 *  - a listed name made only of common words ("SUN", "GOLDEN STAR", "LA LUNA") is treated as a weak
 *    alias: it counts only with supporting context (see docs/scanning.md);
 *  - a capitalized common word next to a name ("Then Luna Meza said", "Luna Meza Tuesday") is not
 *    taken for an extra part of the name.
 * One or more folded (lower-case ASCII) words per line; `#` starts a comment.
 */
export const COMMON_WORDS = `
# English function words
a about above after again against all almost along already also although always am among an and
another any anyone anything are around as at be because been before being below between both but
by can cannot could did do does doing done down during each either else even ever every few for
from further had has have having he her here hers herself him himself his how however i if in into
is it its itself just least less many may me might more most much must my myself neither never no
nor not nothing now of off often on once one only or other others our ours ourselves out over own
per perhaps quite rather same several shall she should since so some something still such than that
the their theirs them themselves then there these they this those though through thus to too toward
towards under until up upon us very was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself
# English frequent words in news
according accused added agency agreement ally allies announced another authorities administration
bank banks board border business called case cases central chief city claims company country court
crime crimes criminal day days deal deals department deputy designated director early east economic
election evidence example family federal financial first following foreign former found free fund
gang gangs general global gold golden good government great group groups head high home house human
international investigation island justice killed king last later law leader leaders least left
life local long made major management march member members military million ministry money moon
national network new news next north office officer officers official officials old order part party
people police political power president press prison prisons program public report reported reports
republic right rights said says second security senior service services sanctions sanctioned since
social south special star state states statement street sun support system team three time today
told trade treasury two under union united vice war was week west white world year years
# English weekdays, months and seasons
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
spring summer autumn fall winter
# Spanish function words
a al algo algun alguna algunas alguno algunos ante antes aqui asi aun bajo bien cada casi como con
contra cual cuales cuando de del desde donde dos durante e el ella ellas ello ellos en entre era eran
es esa esas ese eso esos esta estaba estado estan estar este esto estos fue fueron ha han hasta hay
la las le les lo los mas me mi mientras muy nada ni no nos nosotros o otra otras otro otros para pero
poco por porque que quien quienes se segun ser si sido siempre sin sino sobre solo su sus tambien
tampoco tan tanto te tiene tienen todo todos tras tu un una unas uno unos y ya yo
# Spanish frequent words in news
acuerdo acuerdos administracion agencia anos ano autoridades banco carcel carceles caso casos centro
ciudad contra crimen departamento dia dias director dinero donde economia estado estados
estadounidense eeuu fiscalia gobierno grupo grupos informe justicia ley luna mayor ministerio
ministro nacional nuevo oficina pais pandilla pandillas parte partido penales policia politica
presidente prensa publico republica sancion sanciones sancionado sancionados segun seguridad semana
sistema sol tesoro union unidos vez
# Spanish weekdays and months
lunes martes miercoles jueves viernes sabado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
# English nouns and adjectives that lists also use as names of vessels, companies and aliases
ace action active advance air alliance alpha amber apex apollo arrow atlas aurora bay beacon bell
beta big black blue bold bright brilliant bridge brave capital captain cargo carrier castle center
centre champion citizen classic clear coast comet commerce concord condor continental coral cosmos
crown crystal dawn delta desert destiny diamond direct dolphin dove dragon dream eagle earth eastern
echo eclipse elite emerald empire energy enterprise equity essence eternal evening everest excel
express faith falcon fame fast fidelity first flag fleet flower force fortune freedom friend
friendship frontier galaxy gamma garden gate gem giant glory gold golden grace grand green guardian
gulf happiness happy harbor harbour harmony harvest heaven heritage hero honor honour hope horizon
horse imperial infinity island jade jewel journey joy jupiter justice key kind knight lake land legend
liberty light lion lotus loyal lucky magic majestic maple marine mars master meridian mercury
metro miracle mission modern monarch mountain neptune noble north northern nova ocean olympic omega
orient orion pacific palm paradise patriot peace pearl phoenix pilot pioneer planet polar premier
pride prime prince prosperity pure queen rainbow rapid red reliance river rock rose royal ruby sail
saint sapphire saturn sea shadow shield silver sky smart solar sovereign spirit spring star sterling
stone storm strength summit sun sunrise sunshine supreme swift temple thunder tiger titan topaz tower
trust truth union unity universal valiant valley venus victor victoria victory vision vista voyager
wave west western wind wing winner wisdom wolf zenith zion
# more English news words
action again ago agreed allegedly also already american announced army arrested asked attack
authorities became began believe bill called came campaign capital cartel charged charges children
church close come committee community company conflict congress control council countries county
daily dead decision defense defence democracy democratic described despite development did drug drugs
during economy elections embassy enforcement europe european even every everyone executive face fact
family father few fighting forces four friday funds further future get give given go going got group
half help high history hospital however human including information inside interview issue journalist
just kept known largest late later latest led less like little look lost made make man many market
media men mother much murder near need nothing number often oil once open operation opposition own
past peace percent place plan point policy population possible prime problem reported return
reuters review role rule run saturday saw say see seen sent set she show side small source sources
spokesman still story such take taken talks tax then there think those though thousands time told
top took trial trump try under very violence vote want way went whether while who whole wife woman
women work working would yesterday young
# Spanish frequent words in news (more)
ademas agrego ahora anterior asimismo aunque cabo cargo cerca conocido dentro despues dicho dijo
durante embargo entonces esta este fiscal fuente fuentes funcionario funcionarios hace hecho hoy
luego manera mientras mismo momento nombre nueva nuevos pais paises pandillero pandilleros parte
pasado personas poder primer primera pueblo puede pues reos sabado senalo solo todavia tres ultimo
# Spanish kinship words, often the first word of a nickname ("el Tío Sam", "la Tía")
tio tia abuelo abuela hermano hermana primo prima compadre comadre padrino madrina
`;
