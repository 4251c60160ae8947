/**
 * Combination products, including China's compound OTC cold remedies (each lists every
 * ingredient so duplicate paracetamol or a hidden decongestant is found).
 *
 * A row is `slug|English name|中文通用名|ATC|form|ingredient:strength,…|flags|brands` where flags
 * are `otcA`, `otcB`, `E` (essential) and a control class (`nar`, `psy1`, `psy2`, `tox`, `pre`)
 * when the compound itself is controlled (e.g. oxycodone ≤ 5 mg + paracetamol is a class II
 * psychotropic in China); a compound is never controlled just because one ingredient alone is.
 * Strengths are per tablet / capsule / sachet as on the Chinese label.
 */
export const COMBINATIONS: string[] = [
  'paracetamol_pseudoephedrine_dextromethorphan_chlorphenamine|Paracetamol, pseudoephedrine, dextromethorphan and chlorphenamine tablets|酚麻美敏片|N02BE51|tab|paracetamol:325mg,pseudoephedrine:30mg,dextromethorphan:15mg,chlorphenamine:2mg|otcA|Tylenol Cold=泰诺',
  'paracetamol_pseudoephedrine_dextromethorphan|Paracetamol, pseudoephedrine and dextromethorphan tablets|氨酚伪麻美芬片|N02BE51|tab|paracetamol:325mg,pseudoephedrine:30mg,dextromethorphan:15mg|otcA|White and Black (day)=白加黑（日片）;=日夜百服咛（日片）',
  'paracetamol_pseudoephedrine_dextromethorphan_diphenhydramine|Paracetamol, pseudoephedrine, dextromethorphan and diphenhydramine tablets|氨麻苯美片|N02BE51|tab|paracetamol:325mg,pseudoephedrine:30mg,dextromethorphan:15mg,diphenhydramine:25mg|otcA|White and Black (night)=白加黑（夜片）',
  'paracetamol_amantadine_compound|Compound paracetamol and amantadine tablets|复方氨酚烷胺片|N02BE51|tab|paracetamol:250mg,amantadine:100mg,artificial_bezoar:10mg,caffeine:15mg,chlorphenamine:2mg|otcA|=感康;=快克',
  'paracetamol_caffeine_bezoar_chlorphenamine|Paracetamol, caffeine, artificial bezoar and chlorphenamine capsules|氨咖黄敏胶囊|N02BE51|cap|paracetamol:250mg,caffeine:15mg,artificial_bezoar:10mg,chlorphenamine:3mg|otcA|=速效伤风胶囊',
  'ganmaoling|Ganmaoling granules|感冒灵颗粒|N02BE51|gran|evodia_lepta:1g,bidens_biternata:1g,chrysanthemum_indicum:1g,ilex_asprella:1g,paracetamol:200mg,caffeine:4mg,chlorphenamine:4mg|otcA|999 Ganmaoling=999感冒灵',
  'vc_yinqiao|Vitamin C Yinqiao tablets|维C银翘片|N02BE51|tab|lonicera:1g,forsythia:1g,menthol:1mg,paracetamol:105mg,chlorphenamine:1.05mg,ascorbic_acid:49.5mg|otcA|',
  'paediatric_paracetamol_chlorphenamine_bezoar|Paediatric paracetamol, artificial bezoar and chlorphenamine granules|小儿氨酚黄那敏颗粒|N02BE51|gran|paracetamol:125mg,artificial_bezoar:5mg,chlorphenamine:0.5mg|otcA|=护彤',
  'paracetamol_propyphenazone_caffeine|Compound paracetamol tablets (II)|复方对乙酰氨基酚片(II)|N02BE51|tab|paracetamol:250mg,propyphenazone:150mg,caffeine:50mg|otcA|Saridon=散利痛',
  'pseudoephedrine_chlorphenamine|Compound pseudoephedrine hydrochloride sustained-release capsules|复方盐酸伪麻黄碱缓释胶囊|R01BA52|cap|pseudoephedrine:90mg,chlorphenamine:4mg|otcA|Contac=新康泰克',
  'amoxicillin_clavulanate|Amoxicillin and clavulanate potassium tablets|阿莫西林克拉维酸钾片|J01CR02|tab|amoxicillin:500mg,clavulanic_acid:125mg|E|Augmentin=安灵菌;co-amoxiclav=',
  'piperacillin_tazobactam|Piperacillin and tazobactam for injection|注射用哌拉西林钠他唑巴坦钠|J01CR05|inj|piperacillin:4g,tazobactam:0.5g||Tazocin=特治星',
  'cefoperazone_sulbactam|Cefoperazone and sulbactam for injection|注射用头孢哌酮钠舒巴坦钠|J01DD62|inj|cefoperazone:1g,sulbactam:1g||Sulperazon=舒普深',
  'co_trimoxazole|Compound sulfamethoxazole tablets|复方磺胺甲噁唑片|J01EE01|tab|sulfamethoxazole:400mg,trimethoprim:80mg|E|Bactrim=;co-trimoxazole=;sulfamethoxazole/trimethoprim=;SMZ-TMP=;SMZ-co=复方新诺明',
  'amlodipine_benazepril|Amlodipine and benazepril tablets|氨氯地平贝那普利片|C09BB|tab|amlodipine:5mg,benazepril:10mg||Lotrel=',
  'valsartan_hydrochlorothiazide|Valsartan and hydrochlorothiazide tablets|缬沙坦氢氯噻嗪片|C09DA03|tab|valsartan:80mg,hydrochlorothiazide:12.5mg||Co-Diovan=复代文',
  'irbesartan_hydrochlorothiazide|Irbesartan and hydrochlorothiazide tablets|厄贝沙坦氢氯噻嗪片|C09DA04|tab|irbesartan:150mg,hydrochlorothiazide:12.5mg||CoAprovel=安博诺',
  'losartan_hydrochlorothiazide|Losartan potassium and hydrochlorothiazide tablets|氯沙坦钾氢氯噻嗪片|C09DA01|tab|losartan:50mg,hydrochlorothiazide:12.5mg||Hyzaar=海捷亚',
  'amlodipine_valsartan|Amlodipine and valsartan tablets|氨氯地平缬沙坦片|C09DB01|tab|amlodipine:5mg,valsartan:80mg||Exforge=倍博特',
  'sacubitril_valsartan|Sacubitril and valsartan sodium tablets|沙库巴曲缬沙坦钠片|C09DX04|tab|sacubitril:49mg,valsartan:51mg||Entresto=诺欣妥',
  'compound_reserpine_triamterene|Compound reserpine and triamterene tablets|复方利血平氨苯蝶啶片|C02LA|tab|hydrochlorothiazide:12.5mg,triamterene:12.5mg,dihydralazine:12.5mg,reserpine:0.1mg|E|Beijing Hypotensive No. 0=北京降压0号',
  'spironolactone_hydrochlorothiazide|Spironolactone and hydrochlorothiazide tablets|螺内酯氢氯噻嗪片|C03EA01|tab|spironolactone:25mg,hydrochlorothiazide:25mg||Aldactazide=',
  'amlodipine_atorvastatin|Amlodipine and atorvastatin calcium tablets|氨氯地平阿托伐他汀钙片|C10BX03|tab|amlodipine:5mg,atorvastatin:10mg||Caduet=多达一',
  'ezetimibe_simvastatin|Ezetimibe and simvastatin tablets|依折麦布辛伐他汀片|C10BA02|tab|ezetimibe:10mg,simvastatin:20mg||Vytorin=葆至能',
  'sitagliptin_metformin|Sitagliptin and metformin tablets|西格列汀二甲双胍片|A10BD07|tab|sitagliptin:50mg,metformin:850mg||Janumet=捷诺达',
  'vildagliptin_metformin|Vildagliptin and metformin tablets|维格列汀二甲双胍片|A10BD08|tab|vildagliptin:50mg,metformin:850mg||Eucreas=宜合瑞',
  'dapagliflozin_metformin|Dapagliflozin and metformin extended-release tablets|达格列净二甲双胍缓释片|A10BD15|ertab|dapagliflozin:10mg,metformin:1000mg||Xigduo XR=',
  'budesonide_formoterol|Budesonide and formoterol inhaler|布地奈德福莫特罗吸入粉雾剂|R03AK07|inh|budesonide:160ug,formoterol:4.5ug||Symbicort=信必可都保',
  'salmeterol_fluticasone|Salmeterol and fluticasone inhaler|沙美特罗替卡松吸入粉雾剂|R03AK06|inh|salmeterol:50ug,fluticasone:250ug||Seretide=舒利迭',
  'nirmatrelvir_ritonavir|Nirmatrelvir tablets; ritonavir tablets (co-packaged)|奈玛特韦片/利托那韦片组合包装|J05AE30|tab|nirmatrelvir:150mg,ritonavir:100mg||Paxlovid=',
  'levodopa_carbidopa|Carbidopa and levodopa tablets|卡比多巴左旋多巴片|N04BA02|tab|levodopa:250mg,carbidopa:25mg|E|Sinemet=息宁',
  'levodopa_benserazide|Levodopa and benserazide tablets|多巴丝肼片|N04BA02|tab|levodopa:200mg,benserazide:50mg|E|Madopar=美多芭',
  'oxycodone_paracetamol|Oxycodone and paracetamol tablets|氨酚羟考酮片|N02AJ17|tab|oxycodone:5mg,paracetamol:325mg|psy2|Percocet=泰勒宁',
  'tramadol_paracetamol|Tramadol and paracetamol tablets|氨酚曲马多片|N02AJ13|tab|tramadol:37.5mg,paracetamol:325mg|psy2|Ultracet=及通安',
  'dihydrocodeine_paracetamol|Paracetamol and dihydrocodeine tartrate tablets|氨酚双氢可待因片|N02AJ|tab|paracetamol:500mg,dihydrocodeine:10mg|psy2|=路盖克',
  'ergotamine_caffeine|Ergotamine tartrate and caffeine tablets|麦角胺咖啡因片|N02CA72|tab|ergotamine:1mg,caffeine:100mg||Cafergot=',
  'ethinylestradiol_levonorgestrel|Levonorgestrel and ethinylestradiol tablets|左炔诺孕酮炔雌醇片|G03AA07|tab|levonorgestrel:0.15mg,ethinylestradiol:0.03mg|E|Microgynon=',
  'ethinylestradiol_drospirenone|Drospirenone and ethinylestradiol tablets|屈螺酮炔雌醇片|G03AA12|tab|drospirenone:3mg,ethinylestradiol:0.03mg||Yasmin=优思明',
  'ethinylestradiol_desogestrel|Desogestrel and ethinylestradiol tablets|去氧孕烯炔雌醇片|G03AA09|tab|desogestrel:0.15mg,ethinylestradiol:0.03mg||Marvelon=妈富隆',
  'aluminium_magnesium_compound|Compound aluminium hydroxide tablets|复方氢氧化铝片|A02AD01|tab|aluminium_hydroxide:0.245g,magnesium_trisilicate:0.105g|otcA|=胃舒平',
  'omeprazole_amoxicillin_clarithromycin|Omeprazole, amoxicillin and clarithromycin (H. pylori pack)|奥美拉唑阿莫西林克拉霉素组合包装|A02BD05|tab|omeprazole:20mg,amoxicillin:1g,clarithromycin:500mg||',
  'calcium_carbonate_vitamin_d3|Calcium carbonate and vitamin D3 tablets|碳酸钙D3片|A12AX|tab|calcium_carbonate:1.5g,colecalciferol:125IU|otcA|Caltrate D=钙尔奇D',
];
