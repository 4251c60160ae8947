/**
 * A compact ICD-10 table (WHO codes) of common outpatient, emergency and inpatient diagnoses,
 * with English and Chinese names: `code|English|中文`, one a line. Enough for sandbox claims and
 * code search; not a replacement for the full classification.
 */
export const ICD10_ROWS = `A09|Infectious gastroenteritis and colitis, unspecified|感染性胃肠炎和结肠炎
A15.0|Tuberculosis of lung|肺结核
A90|Dengue fever|登革热
B00.1|Herpesviral vesicular dermatitis|疱疹病毒性水疱性皮炎
B01.9|Varicella without complication|水痘，无并发症
B02.9|Zoster without complication|带状疱疹，无并发症
B05.9|Measles without complication|麻疹，无并发症
B08.4|Enteroviral vesicular stomatitis with exanthem (hand, foot and mouth disease)|手足口病
B15.9|Hepatitis A without hepatic coma|甲型肝炎，不伴有肝昏迷
B18.1|Chronic viral hepatitis B without delta-agent|慢性乙型病毒性肝炎
B18.2|Chronic viral hepatitis C|慢性丙型病毒性肝炎
B34.9|Viral infection, unspecified|病毒感染
B35.1|Tinea unguium|甲癣
B35.3|Tinea pedis|足癣
B37.0|Candidal stomatitis|念珠菌性口炎
B37.3|Candidiasis of vulva and vagina|外阴阴道念珠菌病
B86|Scabies|疥疮
C16.9|Malignant neoplasm of stomach, unspecified|胃恶性肿瘤
C18.9|Malignant neoplasm of colon, unspecified|结肠恶性肿瘤
C22.0|Liver cell carcinoma|肝细胞癌
C34.9|Malignant neoplasm of bronchus or lung, unspecified|支气管或肺恶性肿瘤
C50.9|Malignant neoplasm of breast, unspecified|乳房恶性肿瘤
C61|Malignant neoplasm of prostate|前列腺恶性肿瘤
C73|Malignant neoplasm of thyroid gland|甲状腺恶性肿瘤
D17.9|Benign lipomatous neoplasm, unspecified|良性脂肪瘤样肿瘤
D25.9|Leiomyoma of uterus, unspecified|子宫平滑肌瘤
D50.9|Iron deficiency anaemia, unspecified|缺铁性贫血
D64.9|Anaemia, unspecified|贫血
E03.9|Hypothyroidism, unspecified|甲状腺功能减退症
E05.9|Thyrotoxicosis, unspecified|甲状腺毒症
E04.2|Nontoxic multinodular goitre|非毒性多结节性甲状腺肿
E10.9|Type 1 diabetes mellitus without complications|1型糖尿病，不伴有并发症
E11|Type 2 diabetes mellitus|2型糖尿病
E11.9|Type 2 diabetes mellitus without complications|2型糖尿病，不伴有并发症
E11.4|Type 2 diabetes mellitus with neurological complications|2型糖尿病伴有神经的并发症
E11.2|Type 2 diabetes mellitus with renal complications|2型糖尿病伴有肾的并发症
E55.9|Vitamin D deficiency, unspecified|维生素D缺乏
E66.9|Obesity, unspecified|肥胖症
E78.0|Pure hypercholesterolaemia|单纯性高胆固醇血症
E78.5|Hyperlipidaemia, unspecified|高脂血症
E79.0|Hyperuricaemia without signs of inflammatory arthritis|高尿酸血症
E86|Volume depletion (dehydration)|脱水
E87.6|Hypokalaemia|低钾血症
F10.2|Mental and behavioural disorders due to alcohol: dependence syndrome|酒精依赖综合征
F32.9|Depressive episode, unspecified|抑郁发作
F41.1|Generalized anxiety disorder|广泛性焦虑障碍
F41.9|Anxiety disorder, unspecified|焦虑障碍
F51.0|Nonorganic insomnia|非器质性失眠症
F90.0|Disturbance of activity and attention (ADHD)|注意缺陷多动障碍
G20|Parkinson disease|帕金森病
G30.9|Alzheimer disease, unspecified|阿尔茨海默病
G40.9|Epilepsy, unspecified|癫痫
G43.9|Migraine, unspecified|偏头痛
G44.2|Tension-type headache|紧张型头痛
G47.3|Sleep apnoea|睡眠呼吸暂停
G51.0|Bell palsy|贝尔面瘫
G56.0|Carpal tunnel syndrome|腕管综合征
H10.9|Conjunctivitis, unspecified|结膜炎
H16.9|Keratitis, unspecified|角膜炎
H25.9|Senile cataract, unspecified|老年性白内障
H26.9|Cataract, unspecified|白内障
H40.9|Glaucoma, unspecified|青光眼
H52.1|Myopia|近视
H52.4|Presbyopia|老视
H60.9|Otitis externa, unspecified|外耳炎
H65.9|Nonsuppurative otitis media, unspecified|非化脓性中耳炎
H66.9|Otitis media, unspecified|中耳炎
H81.1|Benign paroxysmal vertigo|良性阵发性眩晕
H91.9|Hearing loss, unspecified|听力损失
I10|Essential (primary) hypertension|特发性（原发性）高血压
I11.9|Hypertensive heart disease without heart failure|高血压性心脏病，不伴有心力衰竭
I20.0|Unstable angina|不稳定型心绞痛
I20.9|Angina pectoris, unspecified|心绞痛
I21.9|Acute myocardial infarction, unspecified|急性心肌梗死
I25.1|Atherosclerotic heart disease|动脉硬化性心脏病
I26.9|Pulmonary embolism without mention of acute cor pulmonale|肺栓塞
I48|Atrial fibrillation and flutter|心房纤颤和扑动
I48.9|Atrial fibrillation and atrial flutter, unspecified|心房纤颤和心房扑动
I49.9|Cardiac arrhythmia, unspecified|心律失常
I50.9|Heart failure, unspecified|心力衰竭
I63.9|Cerebral infarction, unspecified|脑梗死
I61.9|Intracerebral haemorrhage, unspecified|脑内出血
I64|Stroke, not specified as haemorrhage or infarction|脑卒中
I80.2|Phlebitis and thrombophlebitis of other deep vessels of lower extremities (deep vein thrombosis)|下肢深静脉血栓形成
I83.9|Varicose veins of lower extremities without ulcer or inflammation|下肢静脉曲张
I84.9|Unspecified haemorrhoids without complication|痔
I95.9|Hypotension, unspecified|低血压
J00|Acute nasopharyngitis (common cold)|急性鼻咽炎（普通感冒）
J01.9|Acute sinusitis, unspecified|急性鼻窦炎
J02.9|Acute pharyngitis, unspecified|急性咽炎
J03.9|Acute tonsillitis, unspecified|急性扁桃体炎
J04.0|Acute laryngitis|急性喉炎
J06.9|Acute upper respiratory infection, unspecified|急性上呼吸道感染
J09|Influenza due to identified zoonotic or pandemic influenza virus|人畜共患或大流行性流感
J10.1|Influenza with other respiratory manifestations, seasonal influenza virus identified|流行性感冒伴有其他呼吸道表现，季节性流感病毒已证实
J11.1|Influenza with other respiratory manifestations, virus not identified|流行性感冒伴有其他呼吸道表现，病毒未证实
J12.9|Viral pneumonia, unspecified|病毒性肺炎
J15.9|Bacterial pneumonia, unspecified|细菌性肺炎
J18.9|Pneumonia, unspecified|肺炎
J20.9|Acute bronchitis, unspecified|急性支气管炎
J21.9|Acute bronchiolitis, unspecified|急性细支气管炎
J30.4|Allergic rhinitis, unspecified|变应性鼻炎
J31.0|Chronic rhinitis|慢性鼻炎
J32.9|Chronic sinusitis, unspecified|慢性鼻窦炎
J35.0|Chronic tonsillitis|慢性扁桃体炎
J40|Bronchitis, not specified as acute or chronic|支气管炎
J42|Unspecified chronic bronchitis|慢性支气管炎
J44.1|Chronic obstructive pulmonary disease with acute exacerbation|慢性阻塞性肺病伴有急性加重
J44.9|Chronic obstructive pulmonary disease, unspecified|慢性阻塞性肺病
J45|Asthma|哮喘
J45.9|Asthma, unspecified|哮喘
J46|Status asthmaticus|哮喘持续状态
J47|Bronchiectasis|支气管扩张症
J93.9|Pneumothorax, unspecified|气胸
J98.4|Other disorders of lung|肺的其他疾患
K02.9|Dental caries, unspecified|龋病
K04.0|Pulpitis|牙髓炎
K05.1|Chronic gingivitis|慢性龈炎
K08.1|Loss of teeth due to accident, extraction or local periodontal disease|牙齿缺失
K12.0|Recurrent oral aphthae|复发性口腔阿弗他溃疡
K21.0|Gastro-oesophageal reflux disease with oesophagitis|胃食管反流病伴有食管炎
K21.9|Gastro-oesophageal reflux disease without oesophagitis|胃食管反流病不伴有食管炎
K25.9|Gastric ulcer, unspecified|胃溃疡
K26.9|Duodenal ulcer, unspecified|十二指肠溃疡
K29.5|Chronic gastritis, unspecified|慢性胃炎
K29.7|Gastritis, unspecified|胃炎
K30|Functional dyspepsia|功能性消化不良
K35.8|Acute appendicitis, other and unspecified|急性阑尾炎
K40.9|Unilateral or unspecified inguinal hernia without obstruction or gangrene|腹股沟疝
K52.9|Noninfective gastroenteritis and colitis, unspecified|非感染性胃肠炎和结肠炎
K58.9|Irritable bowel syndrome without diarrhoea|肠易激综合征
K59.0|Constipation|便秘
K62.5|Haemorrhage of anus and rectum|肛门和直肠出血
K70.3|Alcoholic cirrhosis of liver|酒精性肝硬化
K74.6|Other and unspecified cirrhosis of liver|肝硬化
K76.0|Fatty (change of) liver, not elsewhere classified (fatty liver)|脂肪肝
K80.2|Calculus of gallbladder without cholecystitis|胆囊结石不伴有胆囊炎
K81.0|Acute cholecystitis|急性胆囊炎
K85.9|Acute pancreatitis, unspecified|急性胰腺炎
K92.2|Gastrointestinal haemorrhage, unspecified|胃肠出血
L01.0|Impetigo|脓疱病
L02.9|Cutaneous abscess, furuncle and carbuncle, unspecified|皮肤脓肿、疖和痈
L03.9|Cellulitis, unspecified|蜂窝织炎
L20.9|Atopic dermatitis, unspecified|特应性皮炎
L23.9|Allergic contact dermatitis, unspecified cause|变应性接触性皮炎
L30.9|Dermatitis, unspecified|皮炎
L40.0|Psoriasis vulgaris|寻常型银屑病
L50.9|Urticaria, unspecified|荨麻疹
L60.0|Ingrowing nail|嵌甲
L70.0|Acne vulgaris|寻常痤疮
L80|Vitiligo|白癜风
L81.1|Chloasma|黄褐斑
L90.5|Scar conditions and fibrosis of skin|皮肤瘢痕
M06.9|Rheumatoid arthritis, unspecified|类风湿性关节炎
M10.9|Gout, unspecified|痛风
M16.9|Coxarthrosis, unspecified (hip osteoarthritis)|髋关节病
M17.9|Gonarthrosis, unspecified (knee osteoarthritis)|膝关节病
M19.9|Arthrosis, unspecified|关节病
M23.2|Derangement of meniscus due to old tear or injury|陈旧性半月板撕裂
M25.5|Pain in joint|关节痛
M32.9|Systemic lupus erythematosus, unspecified|系统性红斑狼疮
M41.9|Scoliosis, unspecified|脊柱侧弯
M47.8|Other spondylosis|其他脊椎关节强硬
M48.0|Spinal stenosis|椎管狭窄
M50.2|Other cervical disc displacement|颈椎间盘移位
M51.2|Other specified intervertebral disc displacement (lumbar disc herniation)|腰椎间盘移位
M54.2|Cervicalgia|颈痛
M54.4|Lumbago with sciatica|腰痛伴有坐骨神经痛
M54.5|Low back pain|下背痛
M65.4|Radial styloid tenosynovitis (de Quervain)|桡骨茎突狭窄性腱鞘炎
M75.0|Adhesive capsulitis of shoulder (frozen shoulder)|肩关节粘连性关节囊炎（肩周炎）
M77.1|Lateral epicondylitis (tennis elbow)|肱骨外上髁炎（网球肘）
M79.1|Myalgia|肌痛
M81.9|Osteoporosis, unspecified|骨质疏松
N10|Acute tubulo-interstitial nephritis (acute pyelonephritis)|急性肾小管-间质肾炎（急性肾盂肾炎）
N18.9|Chronic kidney disease, unspecified|慢性肾脏病
N20.0|Calculus of kidney|肾结石
N20.1|Calculus of ureter|输尿管结石
N30.0|Acute cystitis|急性膀胱炎
N39.0|Urinary tract infection, site not specified|泌尿道感染
N40|Hyperplasia of prostate|前列腺增生
N41.1|Chronic prostatitis|慢性前列腺炎
N60.1|Diffuse cystic mastopathy|弥漫性囊性乳腺病
N76.0|Acute vaginitis|急性阴道炎
N80.9|Endometriosis, unspecified|子宫内膜异位症
N83.2|Other and unspecified ovarian cysts|卵巢囊肿
N92.6|Irregular menstruation, unspecified|月经不规则
N94.6|Dysmenorrhoea, unspecified|痛经
N95.1|Menopausal and female climacteric states|绝经期和女性更年期状态
N97.9|Female infertility, unspecified|女性不孕症
O03.9|Spontaneous abortion, complete or unspecified, without complication|自然流产
O21.0|Mild hyperemesis gravidarum|轻度妊娠剧吐
O24.4|Diabetes mellitus arising in pregnancy|妊娠期糖尿病
O80.0|Spontaneous vertex delivery|顶先露自然分娩
O82.0|Delivery by elective caesarean section|选择性剖宫产
P59.9|Neonatal jaundice, unspecified|新生儿黄疸
R05|Cough|咳嗽
R06.0|Dyspnoea|呼吸困难
R07.4|Chest pain, unspecified|胸痛
R10.4|Other and unspecified abdominal pain|腹痛
R11|Nausea and vomiting|恶心和呕吐
R19.7|Diarrhoea, unspecified|腹泻
R21|Rash and other nonspecific skin eruption|皮疹
R42|Dizziness and giddiness|头晕和眩晕
R50.9|Fever, unspecified|发热
R51|Headache|头痛
R53|Malaise and fatigue|不适和疲劳
R55|Syncope and collapse|晕厥和虚脱
R73.0|Abnormal glucose tolerance test|糖耐量试验异常
S00.9|Superficial injury of head, part unspecified|头部浅表损伤
S01.9|Open wound of head, part unspecified|头部开放性伤口
S06.0|Concussion|脑震荡
S13.4|Sprain and strain of cervical spine|颈椎扭伤和劳损
S42.0|Fracture of clavicle|锁骨骨折
S52.5|Fracture of lower end of radius|桡骨下端骨折
S61.9|Open wound of wrist and hand, part unspecified|腕和手开放性伤口
S62.6|Fracture of other finger|其他手指骨折
S72.0|Fracture of neck of femur|股骨颈骨折
S82.6|Fracture of lateral malleolus|外踝骨折
S83.5|Sprain and strain involving cruciate ligament of knee|膝十字韧带扭伤和劳损
S93.4|Sprain and strain of ankle|踝扭伤和劳损
T14.0|Superficial injury of unspecified body region|身体未特指部位的浅表损伤
T14.1|Open wound of unspecified body region|身体未特指部位的开放性伤口
T30.0|Burn of unspecified body region, unspecified degree|身体未特指部位的烧伤
T63.4|Toxic effect of venom of other arthropods (insect sting)|其他节肢动物毒液的毒性效应（昆虫蜇伤）
T78.4|Allergy, unspecified|变态反应
T78.3|Angioneurotic oedema|血管神经性水肿
T88.7|Unspecified adverse effect of drug or medicament|药物不良反应
W54|Bitten or struck by dog|被狗咬伤或撞击
Z00.0|General medical examination|一般医学检查
Z01.0|Examination of eyes and vision|眼和视力检查
Z01.2|Dental examination|牙科检查
Z23|Need for immunization against single bacterial diseases|需要针对单一细菌性疾病的免疫接种
Z24.6|Need for immunization against viral hepatitis|需要针对病毒性肝炎的免疫接种
Z25.1|Need for immunization against influenza|需要针对流行性感冒的免疫接种
Z30.0|General counselling and advice on contraception|避孕咨询
Z34.9|Supervision of normal pregnancy, unspecified|正常妊娠监督
Z41.1|Other plastic surgery for unacceptable cosmetic appearance|因外貌不可接受而进行的整形手术
Z76.0|Issue of repeat prescription|重复开处方
U07.1|COVID-19, virus identified|新型冠状病毒感染，病毒已证实`;
