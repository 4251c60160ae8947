import { SymptomChecker, TraceVerifier } from '@apotheca/react';
import { useState } from 'react';
import { pageSetting, sessionTokens } from './session';

type Lang = 'en' | 'zh-CN';

const text = {
  en: {
    hospital: "Riverside People's Hospital",
    pack: 'Check your medicine pack',
    symptoms: 'Check your symptoms',
    events: 'Events from the widgets',
    none: 'No events yet.',
    other: '中文',
  },
  'zh-CN': {
    hospital: '江畔人民医院',
    pack: '查验您的药品包装',
    symptoms: '症状自查',
    events: '组件事件',
    none: '暂无事件。',
    other: 'English',
  },
} as const;

// Made once: a new function on every render would hand the widget a new provider each time.
const traceTokens = sessionTokens('trace-verifier');
const symptomTokens = sessionTokens('symptom-checker');

/** The portal: both widgets through @apotheca/react, and what their typed events told us. */
export function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((previous) => [line, ...previous].slice(0, 20));
  const apiBase = pageSetting('apotheca-api-base');
  const t = text[lang];

  return (
    <>
      <header>
        <strong>{t.hospital}</strong>
        <button type="button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {t.other}
        </button>
      </header>
      <main lang={lang}>
        <section className="card" aria-labelledby="pack-title">
          <h1 id="pack-title">{t.pack}</h1>
          <TraceVerifier
            apiBase={apiBase}
            mode="dispense"
            locationId="loc_bjxicheng01"
            tokenProvider={traceTokens}
            onApothecaVerified={(event) =>
              log(`apotheca-verified ${event.detail.status} ${event.detail.verificationId}`)
            }
            onApothecaDispensed={(event) =>
              log(`apotheca-dispensed ${event.detail.dispensationId}`)
            }
            onApothecaError={(event) => log(`apotheca-error ${event.detail.code}`)}
          />
        </section>
        <section className="card" aria-labelledby="symptoms-title">
          <h2 id="symptoms-title">{t.symptoms}</h2>
          <SymptomChecker
            apiBase={apiBase}
            patientId={pageSetting('apotheca-patient-id')}
            timeZone="Asia/Shanghai"
            booking="create"
            tokenProvider={symptomTokens}
            onApothecaTriageCompleted={(event) =>
              log(`apotheca-triage-completed ${event.detail.level} ${event.detail.interview_id}`)
            }
            onApothecaConsultationBooked={(event) =>
              log(`apotheca-consultation-booked ${event.detail.consultation_id}`)
            }
            onApothecaError={(event) => log(`apotheca-error ${event.detail.code}`)}
          />
        </section>
        <section className="card events" aria-labelledby="events-title">
          <h2 id="events-title">{t.events}</h2>
          <ul aria-live="polite" data-testid="events">
            {events.length === 0 ? (
              <li>{t.none}</li>
            ) : (
              events.map((line) => <li key={line}>{line}</li>)
            )}
          </ul>
        </section>
      </main>
    </>
  );
}
