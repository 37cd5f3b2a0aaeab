/**
 * Name particles: short connecting words inside names ("Juan DE LA Cruz", "Usama BIN Laden",
 * "Ludwig VAN Beethoven"). Hand-edited. Read by the scanner's name dictionary and document
 * tokenizer: particles never form a dictionary key on their own and are skipped when pairing
 * neighbouring document tokens, so "de la" in Spanish prose never triggers a verification.
 * One folded (lower-case ASCII) word per line; `#` starts a comment.
 */
export const NAME_PARTICLES = `
# Spanish, Portuguese, Italian, French
de del la las los el y e da das do dos di du le les lo della van von der den ter ten zu
# Arabic, Persian, Hebrew
al el ul bin ibn bint bent abu abou abd ben bar ould wuld
# Slavic, Turkic, other
oglu ogly kyzy uulu
`;
