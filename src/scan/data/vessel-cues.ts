/**
 * Vessel cues: words that, shortly before a name, say it is a ship or an aircraft ("the tanker
 * Sanchi", "el buque Sanchi", "M/T Adrian Darya"). Hand-edited. Read by the scanner's precision
 * rules: a one-word vessel or aircraft name ("HORSE", "FORTUNE", "DOVER") is an ordinary word or a
 * place in most texts, so it counts only after such a cue (or when the vessel is named in full
 * elsewhere). One folded word per line; `#` starts a comment.
 */
export const VESSEL_CUES = `
# English
vessel vessels ship ships tanker tankers supertanker freighter carrier bulker tug trawler yacht
boat ferry barge cargo container mv mt ms ss lng lpg vlcc ulcc aircraft airliner plane jet flight
# Spanish, Portuguese, French
buque buques barco barcos petrolero petroleros carguero navio nave embarcacion yate remolcador
avion aeronave navire petrolier cargo
`;
