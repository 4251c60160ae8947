/**
 * Compact GS1 Application Identifier table, derived from the GS1 Barcode Syntax Dictionary (the
 * machine-readable form of the AI table of the GS1 General Specifications, 2025/2026 release: incl.
 * (717), (7250)–(7259), (8040)–(8043)).
 *
 * One AI (or AI range) per line: `AI[-AIlast][*][?]COMPONENTS[ ATTRIBUTE…]`
 *
 * - `*`  predefined length: no FNC1 / GS needed after it.  `?`  allowed as Digital Link query attribute.
 * - Components, comma separated: `[` optional, type `N` digits, `X` CSET 82, `Y` CSET 39, `Z` CSET 64,
 *   then `14` (fixed length) or `.20` (1..20), then one letter per content rule (linter):
 *   c mod-10 check digit, a check character pair, k starts with a GS1 Company Prefix,
 *   d YYMMDD with DD=00 allowed, e YYMMDD, f YYYYMMDD, h hour, m minute, s second, t HHMM,
 *   z zero, n non-zero, w winding, p piece-of-total, i ISO 3166 num, j ISO 3166 num or 999,
 *   l ISO 3166 alpha-2, u ISO 4217 num, b ISO 5218, y yes/no, g hyphens, o no zero prefix,
 *   q has a non-digit, L latitude, G longitude, P percent-encoding, M AIDC media type,
 *   I importer index, S position/end, B IBAN.
 * - `@` lines list the measure AIs nnn0-nnn5 (N6, excluding the other decimals of nnn), by
 *   3-digit prefix range and requirement: a (01)/(02), b (00)/(01), c (01).
 * - Attributes: `r` requires one of (`,` = or, `+` = and, `n` = any digit), `x` excludes,
 *   `K` Digital Link primary key with ordered optional qualifiers (`/` separates alternatives).
 */
export const AI_TABLE = `00*?N18c K
01*?N14c x255,37 K22,10,21/235
02*?N14c x01,03 r37
03*N14c x01,02,37,235
10?X.20 r01,02,03,8006,8026
11*?N6d r01,02,03,8006,8026
12*?N6d r8020
13*?N6d r01,02,03,8006,8026
15*?N6d r01,02,03,8006,8026
16*?N6d r01,02,03,8006,8026
17*?N6d r01,02,03,255,8006,8026
20*?N2 r01,02,03,8006,8026
21X.20 r01,03,8006 x235
22X.20 r01
235X.28 r01
240?X.30 r01,02,03,8006,8026
241?X.30 r01,02,03,8006,8026
242?N.6 r01,02,8006,8026
243?X.20 r01,03
250?X.30 r01+21,03+21,8006+21
251?X.30 r01,03,8006
253?N13c,[X.17 K
254X.20 r414
255?N13c,[N.12 K x01,02,415,8006,8020,8026
30?N.8 r01,02
@310-6a,320-9a,330-6b,337c,340-9b,350-2a,353-5b,356-7a,360-1a,362-3b,364-6a,367-9b
37?N.8 r00+02,00+8026
3900-3909?N.15 r255,8020 x390n,391n,394n,8111
3910-3919?N3u,N.15 r8020 x391n
3920-3929?N.15 r01+30,01+31nn,01+32nn,01+35nn,01+36nn x392n,393n
3930-3939?N3u,N.15 r30,31nn,32nn,35nn,36nn x393n
3940-3943?N4 r255 x394n,8111
3950-3955?N6 r30,31nn,32nn,35nn,36nn x392n,393n,395n,8005
400?X.30
401?X.30k K
402?N17c K
403?X.30 r00
410*?N13c
411*?N13c
412*?N13c
413*?N13c
414*?N13c K254/7040
415*?N13c r8020 K8020
416*?N13c
417*?N13c K7040
420?X.20 x421
421?N3i,X.9 x4307
422?N3i r01,02,03,8006,8026 x426
423?N3i,[N3i,[N3i,[N3i,[N3i r01,02,03 x426
424?N3i r01,02,03 x426
425?N3i,[N3i,[N3i,[N3i,[N3i r01,02,03 x426
426?N3i r01,02,03
427?X.3 r01+422,02+422,03+422
4300?X.35P r00
4301?X.35P r00
4302?X.70P r00
4303?X.70P r4302
4304?X.70P r00
4305?X.70P r00
4306?X.70P r00
4307?X2l r00
4308?X.30 r00
4309?N10L,N10G r00
4310?X.35P r00
4311?X.35P r00
4312?X.70P r00
4313?X.70P r4312
4314?X.70P r00
4315?X.70P r00
4316?X.70P r00
4317?X2l r00
4318?X.20 r00
4319?X.30 r00
4320?X.35P r00
4321?N1y r00
4322?N1y r00
4323?N1y r00
4324?N6d,N4t r00
4325?N6d,N4t r00
4326?N6e r00
4330?N6,[X1g r00 x4331
4331?N6,[X1g r00 x4330
4332?N6,[X1g r00 x4333
4333?N6,[X1g r00 x4332
7001?N13 r01,02,8006,8026
7002?X.30 r01,02
7003?N6e,N4t r01,02,03
7004?N.4 r01+10,03+10
7005?X.12 r01,02
7006?N6e r01,02
7007?N6e,[N6e r01,02
7008?X.3 r01,02
7009?X.10 r01,02
7010?X.2 r01,02,03
7011?N6e,[N4t r01,02,03
7020?X.20 r01+416,03+416,8006+416
7021?X.20 r01,03,8006
7022?X.20 r01+7021,03+7021,8006+7021
7023?X.30k
7030-7039?N3j,X.27 r01,02
7040N1,X1,X1,X1I
7041X.4 r00
710-717?X.20 r01
7230-7239?X2,X.28 r01,8004
7240?X.20 r01,8006 x03
7241?N2M r8017,8018
7242?X.25 r8017,8018
7250?N8f r8018 x7251
7251?N8f,N4t r8018 x7250
7252?N1b r8018
7253?X.40P r8017,8018 x7256,7259
7254?X.40P r8017,8018 x7256,7259
7255?X.10 r8017,8018 x7256,7259
7256?X.90P r8017,8018
7257?X.70P r8018
7258?X3S r8018+7259
7259?X.40P r8018 x7256
8001?N4n,N5n,N3n,N1w,N1 r01
8002?X.20
8003?N1z,N13c,[X.16 K
8004?X.30k K7040
8005?N6 r01,02
8006?N14c,N4p x01,03,37 K22,10,21
8007?X.34B r415
8008?N6e,N2h,[N2m,[N2s r01,02,03
8009?X.50 r00,01,03
8010?Y.30k K8011
8011N.12o r8010
8012?X.20 r01,03,8006
8013?X.25ak K
8014X.25akq r01
8017?N18c x8018 K8019
8018?N18c x8017 K8019
8019N.10 r8017,8018
8020X.25 r415
8026?N14c,N4p r37 x02,03,8006
8030?Z.90 r00,01+21,03+21,253,255,8003,8004,8006+21,8010+8011,8017,8018
8040N15 r01+21
8041N15 r01+21+8040
8042N32 r01+21+8040
8043N18,[N.2 r01+21+8040
8110?X.70
8111?N4 r255
8112?X.70
8200X.70 r01
90?X.30
91-99?X.90`;
