// Generated from openapi/ by scripts/generate.mjs. Do not edit.
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the API is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange client credentials for an access token (OAuth 2.0 client credentials)
         * @description A parameter sent more than once is refused with 400 `duplicate_parameter` naming it
         *     (`/body/<name>`), as RFC 6749 §3.1 requires.
         */
        post: operations["createOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a short-lived widget session token for one patient
         * @description Called by the partner's server with its secret key. The returned `token` is handed to a
         *     widget in the browser; it expires after at most 15 minutes, sees only `patient_id`, only
         *     the listed scopes, and is accepted by browsers only from `allowed_origin` (CORS).
         */
        post: operations["createWidgetSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List patients, newest first */
        get: operations["listPatients"];
        put?: never;
        /** Create a patient */
        post: operations["createPatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The patient id (`pat_…`). */
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        /** Retrieve a patient */
        get: operations["getPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a patient (fields not sent are left unchanged) */
        patch: operations["updatePatient"];
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a file's metadata */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Register a webhook endpoint */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook endpoint */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trace/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a scanned medicine pack
         * @description Send the raw scan (any form the offline parser accepts: GS1 element string, bracketed
         *     form, Digital Link URI, China 20-digit code) or already-parsed fields. The answer says
         *     whether the pack is genuine, where it has been and whether it may be dispensed.
         *     A verification is a read: it changes no pack state, but it is recorded (and may raise a
         *     `trace.alert` event, e.g. `possible_clone`).
         */
        post: operations["createTraceVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trace/dispensations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispense a pack (only an active pack)
         * @description Marks the pack as dispensed at `location_id`. Idempotent with `Idempotency-Key`; a second
         *     dispense of the same pack (with another key) answers 409 `pack_not_active` with the
         *     pack's current `pack_state`.
         */
        post: operations["createDispensation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trace/dispensations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["DispensationId"];
            };
            cookie?: never;
        };
        /** Retrieve a dispensation */
        get: operations["getDispensation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trace/dispensations/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["DispensationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a dispense (within 10 days, at the same location)
         * @description Returns the pack to `active`. Refused with 409 `reversal_window_expired` after 10 days,
         *     `reversal_location_mismatch` at another location, `pack_not_reversible` for packs that are
         *     now stolen, destroyed or recalled, and `already_reversed`.
         */
        post: operations["reverseDispensation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coverage-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a policy's coverage on a date
         * @description Whether the policy is active on `service_date`, the deductible still to pay, co-insurance,
         *     the annual limit left, the covered and excluded categories and, with `provider`, the hospital's
         *     network status. With `items`, each item's category and whether it is covered. A read: nothing
         *     is written. An insurer's token sees only its own policies.
         */
        post: operations["createCoverageCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate benefit and patient share (no write)
         * @description Adjudicates the draft as a claim would be today (deductible, co-insurance, limits, network,
         *     exclusions), per line and in total, without storing anything. Field and code issues are listed
         *     (`issues`) rather than refused, so a form can show an estimate while it is being filled in.
         */
        post: operations["createClaimEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a claim draft before submitting (no write)
         * @description Field and code checks, each issue with a stable `code`, a JSON pointer `path` into the draft
         *     and, where there is one, a `suggestion`: a superseded medication code → its current replacement
         *     and the date it changed; an unknown ICD-10 code → close matches. Every field is optional here so
         *     a half-filled form can be checked; `valid` is true when no issue is an error.
         */
        post: operations["validateClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims, newest first
         * @description Claims the caller may see (an insurer's token: claims on its own policies; a widget session: its
         *     patient's), optionally of one patient and in one status.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Submit a claim (exactly once)
         * @description Creates a claim (`clm_…`) in `submitted`; the sandbox adjudicates it on the patient's (test)
         *     clock: `in_review` at once, then `approved`, `partially_approved` or `denied` within
         *     10 minutes, and an approved claim is `paid` within 30 minutes of submission (instantly for a
         *     fast-path policy). Retries with the same `Idempotency-Key` return the same claim; the same
         *     content under another key is a new claim denied as `duplicate` (`duplicate_of` names the
         *     original). A correction names the claim it replaces in `related_claim_id`: the original becomes
         *     `replaced`, never paid twice. Drafts with field errors (unknown ICD-10 code, unknown item code,
         *     service date in the future …) are refused with 422 `claim_invalid` and the same `issues` as
         *     `POST /v1/claims/validate`; a superseded medication code is accepted but its line is denied
         *     `superseded_code` with the current code suggested.
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id (`clm_…`). */
                id: components["schemas"]["ClaimId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a claim
         * @description The claim with its status history and, once adjudicated, the adjudication per line and in total.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id (`clm_…`). */
                id: components["schemas"]["ClaimId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a claim not yet adjudicated
         * @description Only while `submitted` or `in_review`; afterwards 409 `claim_not_cancellable` with the
         *     claim's `claim_status`. Cancelling a cancelled claim returns it unchanged.
         */
        post: operations["cancelClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Map free text (English or Chinese) to symptom concepts
         * @description Finds the concepts a text mentions, with negation ("no fever", "不发烧"), common
         *     misspellings and colloquial Chinese, plus the age and duration when stated. The concept
         *     `id`s are the ones interview questions use. Nothing is stored.
         */
        post: operations["parseTriageText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a triage interview
         * @description Give either `patient_id` (age and sex then come from the patient record; a widget session
         *     only its own patient) or `age` and `sex`. A widget session that sends no `patient_id`
         *     starts an interview owned by its patient. The complaint is screened for red flags at once:
         *     an emergency completes the interview immediately. Interviews hold no name, only the
         *     patient id. Completing emits `triage.completed`.
         */
        post: operations["createTriageInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["TriageInterviewId"];
            };
            cookie?: never;
        };
        /** Retrieve a triage interview */
        get: operations["getTriageInterview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/interviews/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["TriageInterviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the question of a step (or an earlier step, which is Back)
         * @description Answers the question asked at `step`. The current step answers the open question; an
         *     earlier step replaces that answer and drops every later one (Back). Each answer's `id`
         *     must be an item of that step's question. A step after the current one (e.g. from a stale
         *     tab after Back) is refused with 409 `step_not_current` and the `current_step`; a completed
         *     interview is final (409 `interview_completed`). Idempotent with `Idempotency-Key`.
         */
        post: operations["answerTriageInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/medications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the medication catalogue
         * @description With `q`: catalogue entries matching an English or Chinese generic name, brand name,
         *     ingredient or synonym, best match first, typo-tolerant (`ibuprofne` finds ibuprofen).
         *     Each entry then carries `match` (how it matched). Without `q`: the whole catalogue by id.
         *     Cursor-paged like every list.
         */
        get: operations["listMedications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/medications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["MedicationId"];
            };
            cookie?: never;
        };
        /** Retrieve a catalogue entry */
        get: operations["getMedication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check proposed medications for a patient
         * @description Checks `medications` against each other, the patient's current medications, allergies,
         *     conditions, pregnancy, eGFR and age, and China's online-prescribing restrictions.
         *     Medications, allergies and conditions may be catalogue ids / ICD-10 codes or free text in
         *     English or Chinese (`penicillin (anaphylaxis)`, `eGFR 25`, `妊娠早期`): `resolved` says what
         *     each input was understood as, `unresolved` lists what matched nothing (never dropped), and
         *     `notices` state what the record lacks (`no_allergies_recorded` is not "safe").
         *     With `patient_id` the patient's allergies, conditions, sex and age on record are used
         *     too (their `resolved` fields point into `/patient_record/...`); a widget session may name
         *     only its own patient (404 otherwise). `outcome` is `blocked` when an alert is
         *     contraindicated, `warning` when any alert is raised, else `ready`.
         */
        post: operations["createSafetyCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prescriptions, newest first
         * @description Filtered by `patient_id` and/or `status`. A widget session lists only its own patient's
         *     prescriptions (another `patient_id` is 404).
         */
        get: operations["listPrescriptions"];
        put?: never;
        /**
         * Create a draft e-prescription
         * @description A draft `rx_…` for one medication, checked at once against China's online-prescribing
         *     rules (422 with a stable code): only after a follow-up visit (`visit_type: follow_up`) with
         *     a prior diagnosis on record (`prior_diagnosis`, or the `consultation_id` of the visit that
         *     holds it) — `first_visit_not_allowed`, `prior_diagnosis_required`; no narcotic or
         *     psychotropic drugs — `controlled_drug_not_allowed_online`; valid on the day issued, at most
         *     3 days when extended — `validity_exceeds_limit`; at most 7 days' supply, or 12 weeks (84
         *     days) for a stable chronic patient with the reason in `extended_supply.reason` —
         *     `days_supply_exceeds_limit`. An unknown `medication_id` is `unknown_medication`. Signing
         *     is a separate step that needs a doctor's credential.
         */
        post: operations["createPrescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a prescription
         * @description A prescription whose validity ended before it was dispensed reads as `expired`. A widget
         *     session sees only its own patient's prescriptions (404 otherwise).
         */
        get: operations["getPrescription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a draft prescription (a doctor's credential only)
         * @description Only a doctor's secret key signs (403 `prescriber_credential_required` for any other key;
         *     widget sessions and OAuth client credentials are refused with `credential_not_allowed`).
         *     Drug-safety checks run against the patient's record and current prescriptions: a
         *     contraindicated alert blocks (422 `safety_check_blocked`); a major or moderate alert needs
         *     `override_reason` (422 `override_reason_required`), stored with who and when. The signed
         *     prescription goes to pharmacist review (`pharmacist_review`); its validity starts now.
         */
        post: operations["signPrescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a prescription
         * @description Cancels a prescription that is not final (`completed`, `cancelled`, `expired`, `rejected`
         *     are 409 `prescription_final`). Remaining repeats are void.
         */
        post: operations["cancelPrescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}/dispense": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispense an approved prescription (real-name check)
         * @description Records a fill at the pharmacy after the real-name check: the patient's China resident ID
         *     number is validated (18 characters, ISO 7064 MOD 11-2 check character, embedded birth
         *     date — 422 `invalid_resident_id`), must match the patient's birth date
         *     (`identity_mismatch`) and the document must not have expired
         *     (`identity_document_expired`). Only an `approved` (or already `dispensed`, for a repeat)
         *     prescription within its validity can be dispensed (409 `prescription_not_dispensable`,
         *     `prescription_expired`); a repeat before 75% of the previous supply has elapsed is 409
         *     `refill_too_soon`, with no repeats left `renewal_needed`. The last fill completes it.
         */
        post: operations["dispensePrescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}/refill-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        /**
         * Where a prescription stands for its next refill
         * @description At the patient's time (their test clock): `too_soon` before the earliest refill date (75%
         *     of the current supply elapsed, early refills carried over), `eligible` from then,
         *     `due` within 3 days of running out, `overdue` after the supply ran out, `renewal_needed`
         *     when no repeats remain or the prescription is cancelled, rejected or expired (book a
         *     follow-up visit). A prescription not dispensed yet is 409 `prescription_not_dispensed`.
         */
        get: operations["getPrescriptionRefillStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescriptions/{id}/refill-calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        /**
         * Download the refill reminders as an iCalendar feed
         * @description An RFC 5545 calendar in the patient's language: one VEVENT at 09:00 in the patient's
         *     `time_zone` (times carry `TZID`, with the zone's VTIMEZONE) on each day a refill becomes
         *     `due` — the current supply's, then one per remaining repeat assuming each is refilled when
         *     due — and a last one to book a renewal visit before the final supply runs out. Each has a
         *     VALARM the day before and a UID stable per supply (`<id>-supply-<n>@apotheca.example`), so
         *     importing it again updates rather than duplicates. Nothing beyond what was prescribed.
         *     A prescription not dispensed yet is 409 `prescription_not_dispensed`; a cancelled,
         *     rejected or expired one has no reminders (an empty calendar).
         */
        get: operations["getPrescriptionRefillCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refill-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a refill (delivered)
         * @description Fills the next repeat and ships it to `delivery_address` (`status: accepted`). Refused
         *     with 409 `refill_too_soon` (with `earliest_refill_date`) before 75% of the supply has
         *     elapsed and `renewal_needed` when no repeats remain or the prescription is no longer valid
         *     (book a follow-up visit). For an essential medicine prescribed for a chronic condition, a
         *     delivery address this patient has never used is held (`status: address_change_review`,
         *     nothing filled) until the request is repeated with `confirm_new_address: true`.
         *     Idempotent; two concurrent requests for one prescription fill once.
         */
        post: operations["createRefillRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/{id}/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        /**
         * A patient's adherence (PDC) per medication over a period
         * @description Proportion of days covered with the PQA rules: the period runs from the first fill in it
         *     (or before it, still covering it) to `to`; an early fill's days are shifted to after the
         *     previous supply ends; supply past `to` is not counted; adherent at ≥ 80%. `from`/`to`
         *     default to the 180 days ending today (the patient's time); `to` before `from` is 400
         *     `invalid_period`.
         */
        get: operations["getPatientAdherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-helpers/prescriptions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play the pharmacist (sandbox only)
         * @description Approves or rejects a prescription in `pharmacist_review` (409 `prescription_not_in_review`
         *     otherwise). A rejection needs `reason`. Secret keys only.
         */
        post: operations["reviewPrescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescription-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prescription uploads, newest first
         * @description Filtered by `patient_id` and/or `status`. A widget session lists only its own patient's
         *     uploads (another `patient_id` is 404).
         */
        get: operations["listPrescriptionUploads"];
        put?: never;
        /**
         * Upload a photo of a paper prescription
         * @description Multipart, like `POST /v1/files`: the photo (`file`, PNG or baseline JPEG, ≤ 10 MB) and
         *     `patient_id`, optionally `consultation_id` and `note`. The sandbox decodes the photo and
         *     runs the same photo-quality check the widgets run on the device: a photo that fails is
         *     422 `photo_quality_insufficient` with each issue (`too_small`, `too_dark`, `too_bright`,
         *     `blurry`, `cut_off`) and nothing is stored. Another format is 415
         *     `unsupported_image_format`; bytes that do not decode are 422 `image_undecodable`. A good
         *     photo becomes a `pu_…` in `pending_review` for the pharmacist. A widget session uploads
         *     only for its own patient.
         */
        post: operations["createPrescriptionUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prescription-uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionUploadId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a prescription upload and its review
         * @description A widget session sees only its own patient's uploads (404 otherwise).
         */
        get: operations["getPrescriptionUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-helpers/prescription-uploads/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["PrescriptionUploadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play the pharmacist on an uploaded photo (sandbox only)
         * @description `approve` transcribes the photo (`transcribed`, optionally linking the `prescription_id`
         *     it was transcribed into); `reject` needs `reason` (`rejected`). Only an upload in
         *     `pending_review` can be reviewed (409 `prescription_upload_not_pending`). Emits
         *     `prescription_upload.reviewed`. Secret keys only.
         */
        post: operations["reviewPrescriptionUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-helpers/test-clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a test clock (sandbox only)
         * @description A clock frozen at `frozen_time`. Patients created with `test_clock` (and everything that
         *     belongs to them) live at the clock's time instead of the platform's; advancing the clock
         *     moves only them. Secret keys only.
         */
        post: operations["createTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-helpers/test-clocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["TestClockId"];
            };
            cookie?: never;
        };
        /** Retrieve a test clock */
        get: operations["getTestClock"];
        put?: never;
        post?: never;
        /**
         * Delete a test clock
         * @description Deletes the clock. Objects that were attached to it keep their timestamps and from then
         *     on follow the platform's time.
         */
        delete: operations["deleteTestClock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-helpers/test-clocks/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["TestClockId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a test clock forward
         * @description Sets the clock to `frozen_time`, which must be later than its current `frozen_time`
         *     (400 `invalid_frozen_time` otherwise). Time rules of the clock's objects (e.g. the 10-day
         *     dispense reversal window) are then judged at the new time, work that became due runs
         *     before the response, and a `test_helpers.test_clock.advanced` event is emitted.
         */
        post: operations["advanceTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/doctors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List doctors
         * @description The seeded doctors (see docs/testing/sandbox.md), filtered by department, spoken language
         *     and consultation type, in a stable order.
         */
        get: operations["listDoctors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/doctors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The doctor id (`doc_…`). */
                id: components["schemas"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a doctor
         * @description A doctor with their weekly schedule (in the doctor's own time zone).
         */
        get: operations["getDoctor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/doctors/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The doctor id (`doc_…`). */
                id: components["schemas"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * List a doctor's free slots
         * @description Free slots between `from` and `to` (at most 31 days apart; default: the next 7 days),
         *     computed from the doctor's weekly schedule in the doctor's IANA time zone (so a 09:00 London
         *     slot stays at 09:00 London across daylight-saving changes), minus booked ones, grouped by
         *     local date in `time_zone` (default: the doctor's zone). Times carry their UTC offset in that
         *     zone. Errors: 400 `invalid_time_zone`, 400 `invalid_range`, 404 `resource_not_found`.
         */
        get: operations["listDoctorSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consultations
         * @description Newest first. A widget session sees only its own patient's consultations (another
         *     `patient_id` answers 404).
         */
        get: operations["listConsultations"];
        put?: never;
        /**
         * Book a consultation
         * @description Books a text or video consultation with a doctor. A video consultation needs `slot_start`
         *     (one of the doctor's free slots); a text consultation without one starts now and stays open
         *     for 48 hours. Idempotent with `Idempotency-Key`; a slot already booked answers 409
         *     `slot_unavailable` (of many concurrent bookings of one slot exactly one succeeds). The sandbox
         *     plays the doctor: the consultation is accepted shortly after and the doctor answers the
         *     patient's first message (see docs/testing/sandbox.md). Errors: 404 `resource_not_found`
         *     (patient, doctor, file); 409 `slot_unavailable`, `consultation_type_not_offered`; 422
         *     `slot_required`, `invalid_slot`, `slot_in_past`, `invalid_time_zone`, `idempotency_key_reused`.
         */
        post: operations["createConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a consultation
         * @description Status, schedule (UTC and both parties' local times) and status history.
         */
        get: operations["getConsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a consultation
         * @description Cancels a `requested` or `accepted` consultation and frees its slot. Errors: 409
         *     `consultation_not_cancellable` (with the current `consultation_status`).
         */
        post: operations["cancelConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/video-join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a video consultation
         * @description A join descriptor for one participant of one video consultation, valid from 10 minutes
         *     before the slot until its end. Joining starts the consultation (`in_progress`). Errors: 409
         *     `too_early` (with `joinable_from`), `ended`, `consultation_not_joinable` (not a video
         *     consultation, cancelled, not yet accepted).
         */
        post: operations["createVideoJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        /**
         * Download the consultation as an iCalendar event
         * @description An RFC 5545 calendar with one VEVENT whose times carry `TZID` (the patient's zone) with its
         *     VTIMEZONE, never floating local times, and a VALARM 15 minutes before. Errors: 409
         *     `consultation_not_scheduled` for a text consultation without a slot.
         */
        get: operations["getConsultationCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        /**
         * List a consultation's messages
         * @description Oldest first: the patient's and the doctor's messages, including attachment requests.
         */
        get: operations["listConsultationMessages"];
        put?: never;
        /**
         * Send a message to the doctor
         * @description Text and/or file attachments (ids from `POST /v1/files`). Answering an
         *     `attachment_request` names it in `in_reply_to`. Errors: 409 `consultation_closed`;
         *     404 `resource_not_found` (consultation, file).
         */
        post: operations["createConsultationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event delivered to your webhook endpoint
         * @description Signed per Standard Webhooks: `webhook-id`, `webhook-timestamp` (Unix seconds) and
         *     `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` keyed with the
         *     endpoint secret (the bytes after `whsec_`, base64-decoded). Deliveries are retried with
         *     backoff until your endpoint answers 2xx.
         */
        post: operations["receiveEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description An RFC 9457 problem detail. Domains extend it (`allOf`) with their own members and the
         *     codes each operation answers with, e.g. the trace domain's `DispensationConflictProblem`.
         */
        Problem: {
            /**
             * @description A URI naming the problem type.
             * @example https://docs.apotheca.example/errors/validation_failed
             */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description A stable snake_case error code. */
            code: string;
            request_id: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            /** @description A JSON pointer (RFC 6901) into the request, e.g. `/body/birth_date` or `/query/limit`. */
            path: string;
            code: string;
            message: string;
        };
        Money: {
            /** @description Integer minor units (fen, cents). */
            amount: number;
            /** @description ISO 4217 code. */
            currency: string;
        };
        /** @enum {string} */
        Locale: "zh-CN" | "en";
        LocalizedText: {
            en: string;
            "zh-CN": string;
        };
        /**
         * @description An IANA time zone name, e.g. `Asia/Shanghai`, `Europe/London`.
         * @example Asia/Shanghai
         */
        TimeZone: string;
        /** @description Up to 20 string keys and values of your own. */
        Metadata: {
            [key: string]: string;
        };
        /**
         * Format: date-time
         * @description RFC 3339, UTC.
         */
        Timestamp: string;
        /** @enum {string} */
        Scope: "patients:read" | "patients:write" | "files:write" | "trace:verify" | "trace:dispense" | "claims:read" | "claims:write" | "coverage:read" | "triage:read" | "triage:write" | "medications:read" | "safety_checks:write" | "prescriptions:read" | "prescriptions:write" | "refill_requests:write" | "prescription_uploads:write" | "prescription_uploads:read" | "consultations:read" | "consultations:write";
        /** @enum {string} */
        EventType: "patient.created" | "patient.updated" | "file.created" | "trace.alert" | "trace.dispensed" | "trace.dispense_reversed" | "claim.submitted" | "claim.adjudicated" | "claim.paid" | "claim.cancelled" | "triage.completed" | "prescription.signed" | "prescription.approved" | "prescription.rejected" | "prescription.dispensed" | "prescription.cancelled" | "refill_request.created" | "refill.due" | "prescription_upload.reviewed" | "test_helpers.test_clock.advanced" | "consultation.requested" | "consultation.accepted" | "consultation.in_progress" | "consultation.completed" | "consultation.cancelled" | "consultation.missed" | "consultation.reminder" | "consultation.message_created";
        DeletedObject: {
            id: string;
            object: string;
            /** @constant */
            deleted: true;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            api_version: string;
            time: components["schemas"]["Timestamp"];
        };
        OAuthTokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials";
            client_id: string;
            client_secret: string;
            /** @description Space-separated scopes; defaults to all the client's scopes. */
            scope?: string;
        };
        OAuthToken: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
            scope: string;
        };
        WidgetSessionCreate: {
            patient_id: components["schemas"]["PatientId"];
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: uri
             * @description The exact origin of the page that embeds the widget: `http` or `https`, a host name
             *     (RFC 1123; IDNA A-labels for other scripts) or IP literal, and an optional port
             *     1–65535; no userinfo, path, query or fragment. Anything else is a 400 with
             *     `errors[].path` `/body/allowed_origin` (`invalid_origin`); nothing is rewritten except
             *     case and the scheme's default port.
             */
            allowed_origin: string;
            /** @default 900 */
            ttl_seconds?: number;
        };
        WidgetSession: {
            id: string;
            /** @constant */
            object: "widget_session";
            token: string;
            patient_id: components["schemas"]["PatientId"];
            scopes: components["schemas"]["Scope"][];
            allowed_origin: string;
            expires_at: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        PatientId: string;
        /** @enum {string} */
        Sex: "female" | "male" | "other" | "unknown";
        Allergy: {
            /** @description The substance or class, e.g. `penicillin`, `sulfonamide antibiotics`. */
            substance: string;
            reaction?: string;
            /** @enum {string} */
            severity?: "mild" | "moderate" | "severe";
        };
        Condition: {
            /** @description ICD-10 code. */
            code?: string;
            name: string;
        };
        PatientCreate: {
            name: string;
            /** Format: date */
            birth_date: string;
            sex?: components["schemas"]["Sex"];
            allergies?: components["schemas"]["Allergy"][];
            conditions?: components["schemas"]["Condition"][];
            preferred_locale?: components["schemas"]["Locale"];
            /**
             * @description The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`
             *     reach them at 09:00 in it, and calendar feeds carry it as TZID.
             */
            time_zone?: components["schemas"]["TimeZone"];
            metadata?: components["schemas"]["Metadata"];
            /** @description Sandbox only. Attach the patient to a test clock (secret keys only). */
            test_clock?: components["schemas"]["TestClockId"];
        };
        PatientUpdate: {
            name?: string;
            /** Format: date */
            birth_date?: string;
            sex?: components["schemas"]["Sex"];
            allergies?: components["schemas"]["Allergy"][];
            conditions?: components["schemas"]["Condition"][];
            preferred_locale?: components["schemas"]["Locale"];
            /**
             * @description The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`
             *     reach them at 09:00 in it, and calendar feeds carry it as TZID.
             */
            time_zone?: components["schemas"]["TimeZone"];
            metadata?: components["schemas"]["Metadata"];
        };
        Patient: {
            id: components["schemas"]["PatientId"];
            /** @constant */
            object: "patient";
            name: string;
            /** Format: date */
            birth_date: string;
            sex: components["schemas"]["Sex"];
            allergies: components["schemas"]["Allergy"][];
            conditions: components["schemas"]["Condition"][];
            preferred_locale: components["schemas"]["Locale"];
            /**
             * @description The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`
             *     reach them at 09:00 in it, and calendar feeds carry it as TZID.
             */
            time_zone: components["schemas"]["TimeZone"];
            metadata: components["schemas"]["Metadata"];
            /** @description The test clock the patient (and everything of theirs) lives on, if any. */
            test_clock?: components["schemas"]["TestClockId"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PatientList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Patient"][];
            next_cursor: string | null;
        };
        FileId: string;
        /** @enum {string} */
        FilePurpose: "prescription_photo" | "claim_attachment" | "identity_document" | "pack_photo";
        FileCreate: {
            /** @description The file's bytes (≤ 10 MB). */
            file: string;
            purpose: components["schemas"]["FilePurpose"];
        };
        File: {
            id: components["schemas"]["FileId"];
            /** @constant */
            object: "file";
            purpose: components["schemas"]["FilePurpose"];
            filename: string;
            content_type: string;
            size: number;
            sha256: string;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookEndpointId: string;
        WebhookEndpointCreate: {
            /** Format: uri */
            url: string;
            events: (components["schemas"]["EventType"] | "*")[];
            description?: string;
        };
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** @constant */
            object: "webhook_endpoint";
            url: string;
            events: string[];
            description?: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @description The signing secret; returned only when the endpoint is created. */
            secret?: string;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookEndpointList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookEndpoint"][];
            next_cursor: string | null;
        };
        /** @description The envelope of every webhook event. */
        Event: {
            id: string;
            /** @constant */
            object: "event";
            type: components["schemas"]["EventType"];
            api_version: string;
            created_at: components["schemas"]["Timestamp"];
            data: {
                /** @description The resource the event is about (ids and outcomes; never free-text health data beyond the resource itself). */
                object: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description A 422 of the trace domain; `position` and `ai` come with `invalid_trace_code`. */
        TraceCodeProblem: components["schemas"]["Problem"] & {
            /** @description 0-based index in `code` where the parser stopped. */
            position?: number;
            /** @description The GS1 Application Identifier concerned, when there is one. */
            ai?: string;
        };
        /** @description A 404 of `POST /v1/trace/dispensations`. */
        DispensationNotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "pack_not_found" | "resource_not_found";
            trace_status?: components["schemas"]["TraceStatus"];
        };
        /** @description A 409 of `POST /v1/trace/dispensations`; the pack's state says why. */
        DispensationConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "pack_not_active" | "pack_expired" | "pack_not_dispensable";
            pack_state: components["schemas"]["PackState"];
            trace_status: components["schemas"]["TraceStatus"];
            /** @description The codes of the warning and critical alerts behind the refusal. */
            alert_codes: string[];
        };
        /** @description A 409 of `POST /v1/trace/dispensations/{id}/reversal`. */
        ReversalConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "already_reversed" | "reversal_location_mismatch" | "reversal_window_expired" | "pack_not_reversible";
            pack_state?: components["schemas"]["PackState"];
            reversed_at?: components["schemas"]["Timestamp"];
            reversible_until?: components["schemas"]["Timestamp"];
        };
        DispensationId: string;
        /**
         * @description Why the pack is scanned; `dispense` adds alerts about dispensability.
         * @enum {string}
         */
        TraceContext: "inspect" | "dispense" | "return";
        /** @description Already-parsed code fields (GS1) or a China 20-digit code. */
        TraceCodeFields: {
            gtin?: string;
            lot?: string;
            serial?: string;
            /** Format: date */
            expiry?: string;
            china_code?: string;
        };
        TraceVerificationCreate: {
            /** @description The raw scan, exactly as the scanner or person produced it. */
            code?: string;
            fields?: components["schemas"]["TraceCodeFields"];
            context: components["schemas"]["TraceContext"];
            /** @description Where the scan happens (pharmacy, ward). Used for clone detection. */
            location_id?: string;
        };
        ParsedTraceCode: {
            /** @enum {string} */
            format: "gs1" | "digital-link" | "china" | "fields";
            symbology?: string;
            gtin?: string;
            lot?: string;
            serial?: string;
            /** Format: date */
            expiry?: string;
            china_code?: string;
            product_code?: string;
        };
        /** @enum {string} */
        TraceStatus: "verified" | "already_dispensed" | "recalled" | "expired" | "suspect" | "not_found" | "mismatch" | "data_incomplete" | "secondary_verification_required";
        /** @enum {string} */
        PackState: "active" | "dispensed" | "recalled" | "expired" | "suspect" | "stolen" | "destroyed" | "exported" | "sample" | "locked";
        Product: {
            id: string;
            gtin?: string;
            china_product_code?: string;
            name: components["schemas"]["LocalizedText"];
            generic_name?: components["schemas"]["LocalizedText"];
            manufacturer: components["schemas"]["LocalizedText"];
            strength: string;
            form: components["schemas"]["LocalizedText"];
            pack_size?: string;
            /** @enum {string} */
            storage?: "room_temperature" | "cold_chain";
            prescription_only?: boolean;
        };
        Pack: {
            id: string;
            lot?: string;
            serial?: string;
            /** Format: date */
            expiry?: string;
            state: components["schemas"]["PackState"];
            state_changed_at?: components["schemas"]["Timestamp"];
            /** @description The current (not reversed) dispensation when `state` is `dispensed`. */
            dispensation_id?: components["schemas"]["DispensationId"];
        };
        Party: {
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            role?: "manufacturer" | "distributor" | "importer" | "customs" | "wholesaler" | "pharmacy" | "hospital" | "logistics";
        };
        Place: {
            name: components["schemas"]["LocalizedText"];
            country?: string;
            location_id?: string;
        };
        TemperatureLog: {
            min_c: number;
            max_c: number;
            allowed_min_c?: number;
            allowed_max_c?: number;
            readings: number;
            excursion?: boolean;
        };
        JourneyEvent: {
            /** @enum {string} */
            type: "manufactured" | "shipped" | "customs_cleared" | "received" | "stored" | "dispensed" | "dispense_reversed" | "recalled" | "returned";
            occurred_at: components["schemas"]["Timestamp"];
            party: components["schemas"]["Party"];
            place: components["schemas"]["Place"];
            temperature?: components["schemas"]["TemperatureLog"];
        };
        TraceAlert: {
            /** @description Stable alert code, e.g. `expired`, `recalled`, `possible_clone`, `journey_gap`, `temperature_excursion`, `expiry_mismatch`, `lot_mismatch`, `serial_unmapped`, `expires_soon`. */
            code: string;
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            message: components["schemas"]["LocalizedText"];
        };
        TraceVerification: {
            id: string;
            /** @constant */
            object: "trace_verification";
            status: components["schemas"]["TraceStatus"];
            context: components["schemas"]["TraceContext"];
            /** @description True only for an active, unexpired, genuine pack. */
            dispensable: boolean;
            code: components["schemas"]["ParsedTraceCode"];
            product: components["schemas"]["Product"] | null;
            pack: components["schemas"]["Pack"] | null;
            journey: components["schemas"]["JourneyEvent"][];
            alerts: components["schemas"]["TraceAlert"][];
            location_id?: string;
            created_at: components["schemas"]["Timestamp"];
        };
        DispensationCreate: {
            code?: string;
            fields?: components["schemas"]["TraceCodeFields"];
            location_id: string;
            patient_id?: components["schemas"]["PatientId"];
        };
        DispensationReversalCreate: {
            location_id: string;
            /** @enum {string} */
            reason?: "dispensed_in_error" | "patient_returned" | "other";
        };
        Dispensation: {
            id: components["schemas"]["DispensationId"];
            /** @constant */
            object: "dispensation";
            /** @enum {string} */
            status: "completed" | "reversed";
            pack_id: string;
            product_id: string;
            patient_id?: components["schemas"]["PatientId"];
            location_id: string;
            dispensed_at: components["schemas"]["Timestamp"];
            reversible_until: components["schemas"]["Timestamp"];
            reversed_at?: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
            /** @enum {string} */
            reversal_reason?: "dispensed_in_error" | "patient_returned" | "other";
        };
        /** @description A 404 of the claims domain. */
        ClaimsNotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "resource_not_found";
        };
        /** @description A 409 of the claims domain; `claim_status` is the claim's status now. */
        ClaimConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "claim_not_cancellable" | "related_claim_not_replaceable";
            claim_status: components["schemas"]["ClaimStatus"];
        };
        /** @description A 422 of the claims domain. */
        ClaimInvalidProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "claim_invalid" | "idempotency_key_reused";
            issues?: components["schemas"]["ClaimIssue"][];
        };
        ClaimId: string;
        PolicyId: string;
        InsurerId: string;
        HospitalId: string;
        /**
         * @description `submitted → in_review → approved | partially_approved | denied`, then `approved` and
         *     `partially_approved` → `paid`. `cancelled` (before adjudication) and `replaced` (by a
         *     correction naming it in `related_claim_id`) are final.
         * @enum {string}
         */
        ClaimStatus: "submitted" | "in_review" | "approved" | "partially_approved" | "denied" | "paid" | "cancelled" | "replaced";
        /**
         * @description What an item is, for coverage (medication items from the medication catalogue).
         * @enum {string}
         */
        ServiceCategory: "consultation" | "emergency" | "medication" | "laboratory" | "imaging" | "procedure" | "inpatient" | "physiotherapy" | "vaccination" | "dental" | "vision" | "cosmetic";
        /**
         * @description `medication_insurance`: a national medical-insurance medication code (`XSBX…`, current or
         *     superseded, from the medication catalogue); `service`: an Apotheca service code
         *     (`SVC-…`, e.g. `SVC-CONSULT-GP`).
         * @enum {string}
         */
        ItemCodeSystem: "medication_insurance" | "service";
        /**
         * @description Stable codes of denials, reductions and reviews.
         * @enum {string}
         */
        ClaimReasonCode: "duplicate" | "possible_duplicate" | "not_covered" | "policy_inactive" | "limit_exceeded" | "out_of_network" | "missing_information" | "superseded_code";
        /**
         * @description Stable codes of `POST /v1/claims/validate` issues.
         * @enum {string}
         */
        ClaimIssueCode: "required" | "unknown_diagnosis_code" | "duplicate_diagnosis" | "unknown_item_code" | "superseded_code" | "invalid_quantity" | "invalid_amount" | "currency_mismatch" | "service_date_in_future" | "unknown_provider" | "no_attachments";
        ClaimItemInput: {
            code_system: components["schemas"]["ItemCodeSystem"];
            code: string;
            description?: string;
            quantity: number;
            unit_price: components["schemas"]["Money"];
        };
        /** @description An item as typed so far; every field optional. */
        ClaimItemDraft: {
            code_system?: components["schemas"]["ItemCodeSystem"];
            code?: string;
            description?: string;
            quantity?: number;
            unit_price?: {
                amount?: number;
                currency?: string;
            };
        };
        ClaimItem: {
            sequence: number;
            code_system: components["schemas"]["ItemCodeSystem"];
            code: string;
            description?: string;
            category: components["schemas"]["ServiceCategory"];
            quantity: number;
            unit_price: components["schemas"]["Money"];
            submitted: components["schemas"]["Money"];
        };
        /** @description ICD-10 codes (`J06.9`, with or without the dot), principal first. */
        Diagnoses: string[];
        ClaimCreate: {
            patient_id: components["schemas"]["PatientId"];
            policy_id: components["schemas"]["PolicyId"];
            provider: components["schemas"]["HospitalId"];
            /** Format: date */
            service_date: string;
            diagnoses: components["schemas"]["Diagnoses"];
            items: components["schemas"]["ClaimItemInput"][];
            /** @description File ids (`file_…`) of invoices and prescriptions. */
            attachments?: components["schemas"]["FileId"][];
            related_claim_id?: components["schemas"]["ClaimId"];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A claim as typed so far, for `POST /v1/claims/validate`; every field optional. */
        ClaimDraft: {
            patient_id?: components["schemas"]["PatientId"];
            policy_id?: components["schemas"]["PolicyId"];
            provider?: string;
            /** Format: date */
            service_date?: string;
            diagnoses?: string[];
            items?: components["schemas"]["ClaimItemDraft"][];
            attachments?: components["schemas"]["FileId"][];
            related_claim_id?: components["schemas"]["ClaimId"];
        };
        ClaimEstimateCreate: {
            patient_id: components["schemas"]["PatientId"];
            policy_id: components["schemas"]["PolicyId"];
            provider: components["schemas"]["HospitalId"];
            /** Format: date */
            service_date: string;
            diagnoses?: components["schemas"]["Diagnoses"];
            items: components["schemas"]["ClaimItemInput"][];
        };
        Icd10Match: {
            code: string;
            name: components["schemas"]["LocalizedText"];
        };
        /**
         * @description What to use instead: `replacement_code` (and `changed_on`) for a superseded medication
         *     code, or close `matches` for an unknown ICD-10 code.
         */
        ClaimSuggestion: {
            replacement_code?: string;
            /** Format: date */
            changed_on?: string;
            matches?: components["schemas"]["Icd10Match"][];
        };
        ClaimIssue: {
            code: components["schemas"]["ClaimIssueCode"];
            /** @enum {string} */
            severity: "error" | "warning";
            /** @description A JSON pointer into the draft, e.g. `/items/0/code`. */
            path: string;
            message: components["schemas"]["LocalizedText"];
            suggestion?: components["schemas"]["ClaimSuggestion"];
        };
        ClaimValidation: {
            /** @constant */
            object: "claim_validation";
            valid: boolean;
            issues: components["schemas"]["ClaimIssue"][];
        };
        ClaimReason: {
            code: components["schemas"]["ClaimReasonCode"];
            /** @description The item concerned; absent for the whole claim. */
            sequence?: number;
            explanation: components["schemas"]["LocalizedText"];
            suggestion?: components["schemas"]["ClaimSuggestion"];
            duplicate_of?: components["schemas"]["ClaimId"];
        };
        /**
         * @description FHIR-style adjudication categories; `benefit + patient_share = eligible` and
         *     `patient_share = deductible + copay + over_limit` always hold.
         */
        AdjudicationAmounts: {
            submitted: components["schemas"]["Money"];
            eligible: components["schemas"]["Money"];
            deductible: components["schemas"]["Money"];
            copay: components["schemas"]["Money"];
            over_limit: components["schemas"]["Money"];
            benefit: components["schemas"]["Money"];
            patient_share: components["schemas"]["Money"];
        };
        AdjudicationLine: {
            sequence: number;
        } & components["schemas"]["AdjudicationAmounts"];
        /** @enum {string} */
        AdjudicationOutcome: "approved" | "partially_approved" | "denied";
        ClaimAdjudication: {
            outcome: components["schemas"]["AdjudicationOutcome"];
            adjudicated_at?: components["schemas"]["Timestamp"];
            lines: components["schemas"]["AdjudicationLine"][];
            totals: components["schemas"]["AdjudicationAmounts"];
            reasons: components["schemas"]["ClaimReason"][];
            explanation: components["schemas"]["LocalizedText"];
        };
        ClaimStatusChange: {
            status: components["schemas"]["ClaimStatus"];
            at: components["schemas"]["Timestamp"];
            reason_code?: components["schemas"]["ClaimReasonCode"];
        };
        ClaimPayment: {
            /** @description The insurer's payment reference (`PAY-…`). */
            reference: string;
            amount: components["schemas"]["Money"];
            paid_at: components["schemas"]["Timestamp"];
        };
        Claim: {
            id: components["schemas"]["ClaimId"];
            /** @constant */
            object: "claim";
            patient_id: components["schemas"]["PatientId"];
            policy_id: components["schemas"]["PolicyId"];
            insurer_id: components["schemas"]["InsurerId"];
            provider: components["schemas"]["HospitalId"];
            /** Format: date */
            service_date: string;
            diagnoses: components["schemas"]["Diagnoses"];
            items: components["schemas"]["ClaimItem"][];
            attachments: components["schemas"]["FileId"][];
            status: components["schemas"]["ClaimStatus"];
            /** @description Every status the claim has had, oldest first, with the (clock) time. */
            status_history: components["schemas"]["ClaimStatusChange"][];
            adjudication: components["schemas"]["ClaimAdjudication"] | null;
            payment: components["schemas"]["ClaimPayment"] | null;
            /** @description The claim this one corrects and replaces. */
            related_claim_id: string | null;
            /** @description The correction that replaced this claim. */
            replaced_by_claim_id: string | null;
            /** @description For a claim denied as `duplicate`, the original. */
            duplicate_of: string | null;
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ClaimList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Claim"][];
            next_cursor: string | null;
        };
        CoverageCheckCreate: {
            patient_id: components["schemas"]["PatientId"];
            policy_id: components["schemas"]["PolicyId"];
            /** Format: date */
            service_date: string;
            provider?: components["schemas"]["HospitalId"];
            items?: components["schemas"]["ClaimItemInput"][];
        };
        /** @enum {string} */
        NetworkStatus: "in_network" | "out_of_network" | "unknown";
        CoverageItem: {
            sequence: number;
            code_system: components["schemas"]["ItemCodeSystem"];
            code: string;
            category?: components["schemas"]["ServiceCategory"];
            covered: boolean;
            reason_code?: components["schemas"]["ClaimReasonCode"];
        };
        CoverageCheck: {
            /** @constant */
            object: "coverage_check";
            patient_id: components["schemas"]["PatientId"];
            policy_id: components["schemas"]["PolicyId"];
            insurer_id: components["schemas"]["InsurerId"];
            /** Format: date */
            service_date: string;
            active: boolean;
            /** @enum {string} */
            policy_status: "active" | "lapsed" | "not_started";
            currency: string;
            deductible: {
                annual: components["schemas"]["Money"];
                remaining: components["schemas"]["Money"];
            };
            /** @description The patient's share (%) of eligible amounts after the deductible, in network. */
            coinsurance_percent: number;
            /** @description The same out of network; `null` when out-of-network care is not covered. */
            out_of_network_coinsurance_percent?: number | null;
            copay_per_claim?: components["schemas"]["Money"];
            annual_limit: {
                total: components["schemas"]["Money"];
                remaining: components["schemas"]["Money"];
            };
            covered_categories: components["schemas"]["ServiceCategory"][];
            excluded_categories: components["schemas"]["ServiceCategory"][];
            network: {
                provider?: components["schemas"]["HospitalId"];
                status: components["schemas"]["NetworkStatus"];
            };
            items?: components["schemas"]["CoverageItem"][];
        };
        ClaimEstimate: {
            /** @constant */
            object: "claim_estimate";
            outcome: components["schemas"]["AdjudicationOutcome"];
            lines: components["schemas"]["AdjudicationLine"][];
            totals: components["schemas"]["AdjudicationAmounts"];
            reasons: components["schemas"]["ClaimReason"][];
            explanation: components["schemas"]["LocalizedText"];
            issues: components["schemas"]["ClaimIssue"][];
        };
        /** @description A 422 of the triage domain. */
        TriageUnprocessableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "unknown_concept" | "answer_not_in_question" | "duplicate_answer" | "demographics_required" | "patient_demographics_conflict" | "sex_required" | "invalid_age" | "idempotency_key_reused";
        };
        /** @description A 409 of `POST /v1/triage/interviews/{id}/answers`. */
        TriageInterviewConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "step_not_current" | "interview_completed";
            /** @description The step whose question is open (the answered steps when completed). */
            current_step: number;
            interview_status: components["schemas"]["TriageInterviewStatus"];
        };
        TriageInterviewId: string;
        /** @description A symptom or finding concept, the same ids `/v1/triage/parse` returns. */
        TriageConceptId: string;
        /**
         * @description `emergency`: call 120 or go to the emergency department now; `consult_24h`: see a doctor
         *     within 24 hours; `consult`: book a consultation; `self_care`: care at home, with advice.
         * @enum {string}
         */
        TriageLevel: "emergency" | "consult_24h" | "consult" | "self_care";
        /** @enum {string} */
        TriageDepartment: "emergency" | "cardiology" | "respiratory" | "gastroenterology" | "neurology" | "orthopedics" | "rheumatology" | "dermatology" | "ENT" | "ophthalmology" | "pediatrics" | "obstetrics_gynecology" | "urology" | "endocrinology" | "psychiatry" | "general_internal_medicine";
        /** @enum {string} */
        TriageSex: "female" | "male";
        TriageAge: {
            value: number;
            /** @enum {string} */
            unit: "year" | "month";
        };
        TriageDuration: {
            value: number;
            /** @enum {string} */
            unit: "minute" | "hour" | "day" | "week" | "month" | "year";
        };
        /** @enum {string} */
        TriageChoice: "present" | "absent" | "unknown";
        TriageEvidenceInput: {
            id: components["schemas"]["TriageConceptId"];
            choice: components["schemas"]["TriageChoice"];
        };
        TriageEvidence: {
            id: components["schemas"]["TriageConceptId"];
            choice: components["schemas"]["TriageChoice"];
            /**
             * @description The complaint text, the `evidence` sent at the start, or an answer.
             * @enum {string}
             */
            source: "complaint" | "initial" | "answer";
        };
        TriageParseRequest: {
            text: string;
            locale?: components["schemas"]["Locale"];
        };
        TriageMention: {
            id: components["schemas"]["TriageConceptId"];
            name: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            choice: "present" | "absent";
        };
        TriageParseResult: {
            mentions: components["schemas"]["TriageMention"][];
            age?: components["schemas"]["TriageAge"];
            duration?: components["schemas"]["TriageDuration"];
        };
        TriageInterviewCreate: {
            patient_id?: components["schemas"]["PatientId"];
            age?: components["schemas"]["TriageAge"];
            sex?: components["schemas"]["TriageSex"];
            /** @description What is wrong, in the patient's words (English or Chinese). */
            complaint: string;
            locale: components["schemas"]["Locale"];
            evidence?: components["schemas"]["TriageEvidenceInput"][];
        };
        TriageAnswerCreate: {
            step: number;
            answers: components["schemas"]["TriageEvidenceInput"][];
        };
        TriageQuestionItem: {
            id: components["schemas"]["TriageConceptId"];
            name: components["schemas"]["LocalizedText"];
            choices: components["schemas"]["TriageChoice"][];
        };
        TriageQuestion: {
            id: string;
            /**
             * @description `single`: one item, answered Yes / No / Don't know; `group_single`: pick one item
             *     (the others are `absent`); `group_multiple`: any number (unchecked are `absent`).
             * @enum {string}
             */
            type: "single" | "group_single" | "group_multiple";
            text: components["schemas"]["LocalizedText"];
            rationale: components["schemas"]["LocalizedText"];
            items: components["schemas"]["TriageQuestionItem"][];
        };
        TriageNamedItem: {
            id: string;
            name: components["schemas"]["LocalizedText"];
        };
        TriageRedFlag: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @description The guideline the rule comes from. */
            source: string;
        };
        TriageClinicianSummary: {
            text: components["schemas"]["LocalizedText"];
            present: components["schemas"]["TriageNamedItem"][];
            absent: components["schemas"]["TriageNamedItem"][];
            unknown: components["schemas"]["TriageNamedItem"][];
            red_flags_asked: {
                id: string;
                name: components["schemas"]["LocalizedText"];
                choice: components["schemas"]["TriageChoice"];
            }[];
        };
        TriageResult: {
            level: components["schemas"]["TriageLevel"];
            red_flags: components["schemas"]["TriageRedFlag"][];
            /** @description Ordered, the most fitting first. */
            departments: {
                department: components["schemas"]["TriageDepartment"];
                reason: components["schemas"]["LocalizedText"];
            }[];
            advice: components["schemas"]["LocalizedText"];
            recommended_tests: components["schemas"]["TriageNamedItem"][];
            /** @description The top few, in plain words; never a diagnosis. */
            possible_conditions: {
                id: string;
                name: components["schemas"]["LocalizedText"];
                source: string;
            }[];
            disclaimer: components["schemas"]["LocalizedText"];
            clinician_summary: components["schemas"]["TriageClinicianSummary"];
            knowledge_version: string;
            /**
             * @description Doctors to book, best first: of the result's departments in order, those speaking the
             *     interview's language before the rest (`language_match`), each with the earliest free
             *     slot. Computed when the interview is read, so the slots are current. Empty for an
             *     emergency (call 120 instead); absent while the interview is in progress.
             */
            recommended_doctors?: components["schemas"]["TriageRecommendedDoctor"][];
        };
        TriageRecommendedDoctor: {
            doctor_id: components["schemas"]["DoctorId"];
            name: components["schemas"]["LocalizedText"];
            title: components["schemas"]["LocalizedText"];
            department: components["schemas"]["TriageDepartment"];
            hospital: components["schemas"]["LocalizedText"];
            languages: components["schemas"]["Locale"][];
            /**
             * @description Whether the doctor speaks the interview's language; `false` when no doctor of the
             *     department does and this one is offered anyway.
             */
            language_match: boolean;
            /**
             * @description The doctor's earliest free slot from now (the patient's clock), within 14 days, as
             *     offset times in the patient's zone (Asia/Shanghai); `null` when there is none.
             */
            earliest_slot: components["schemas"]["TriageSlot"] | null;
        };
        TriageSlot: {
            start: components["schemas"]["OffsetDateTime"];
            end: components["schemas"]["OffsetDateTime"];
        };
        /** @enum {string} */
        TriageInterviewStatus: "in_progress" | "completed";
        TriageInterview: {
            id: components["schemas"]["TriageInterviewId"];
            /** @constant */
            object: "triage_interview";
            status: components["schemas"]["TriageInterviewStatus"];
            /** @description The step of the open question (1-based), or the answered steps when completed. */
            step: number;
            locale: components["schemas"]["Locale"];
            question?: components["schemas"]["TriageQuestion"];
            evidence: components["schemas"]["TriageEvidence"][];
            result?: components["schemas"]["TriageResult"];
            patient_id?: components["schemas"]["PatientId"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            completed_at?: components["schemas"]["Timestamp"];
        };
        /** @description The object of a `triage.completed` event (ids and outcome only, no free text). */
        TriageCompleted: {
            id: components["schemas"]["TriageInterviewId"];
            /** @constant */
            object: "triage_interview";
            patient_id?: components["schemas"]["PatientId"];
            level: components["schemas"]["TriageLevel"];
            department?: components["schemas"]["TriageDepartment"];
        };
        /** @description A 422 of `POST /v1/prescription-uploads`. */
        PhotoQualityProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "photo_quality_insufficient" | "image_undecodable" | "file_empty" | "idempotency_key_reused";
            issues?: components["schemas"]["PhotoIssue"][];
        };
        /** @enum {string} */
        PhotoIssueCode: "too_small" | "too_dark" | "too_bright" | "blurry" | "cut_off";
        PhotoIssue: {
            code: components["schemas"]["PhotoIssueCode"];
            /** @description The measured figure (px, luma, share of pixels, Laplacian variance, edge density). */
            measured: number;
            threshold: number;
            /** @description Why the threshold has its value. */
            reason: string;
            /** @description For `cut_off`, the frame sides the page runs out of. */
            sides?: ("top" | "right" | "bottom" | "left")[];
        };
        PhotoQuality: {
            /** @enum {string} */
            verdict: "acceptable" | "retake";
            issues: components["schemas"]["PhotoIssue"][];
            width: number;
            height: number;
        };
        PrescriptionUploadId: string;
        /** @enum {string} */
        PrescriptionUploadStatus: "pending_review" | "transcribed" | "rejected";
        PrescriptionUploadCreate: {
            /** @description The photo's bytes (PNG or baseline JPEG, ≤ 10 MB). */
            file: string;
            patient_id: components["schemas"]["PatientId"];
            consultation_id?: string;
            note?: string;
        };
        PrescriptionUploadReview: {
            /** @enum {string} */
            decision: "approve" | "reject";
            reason?: string;
            prescription_id?: components["schemas"]["PrescriptionId"];
        };
        PrescriptionUpload: {
            id: components["schemas"]["PrescriptionUploadId"];
            /** @constant */
            object: "prescription_upload";
            status: components["schemas"]["PrescriptionUploadStatus"];
            patient_id: components["schemas"]["PatientId"];
            consultation_id?: string;
            note?: string;
            /** @enum {string} */
            content_type: "image/png" | "image/jpeg";
            size: number;
            sha256: string;
            quality: components["schemas"]["PhotoQuality"];
            prescription_id?: components["schemas"]["PrescriptionId"];
            review?: components["schemas"]["PharmacistReview"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PrescriptionUploadList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["PrescriptionUpload"][];
            next_cursor: string | null;
        };
        /** @description A 404 of the e-prescription operations. */
        PrescriptionNotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "resource_not_found";
        };
        /** @description A 422 of `POST /v1/prescriptions`. */
        PrescriptionRuleProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "first_visit_not_allowed" | "prior_diagnosis_required" | "controlled_drug_not_allowed_online" | "days_supply_exceeds_limit" | "validity_exceeds_limit" | "unknown_medication" | "idempotency_key_reused";
            /** @description The rule's bound (days' supply or validity days). */
            limit?: number;
            /** @description The medication's control class, for `controlled_drug_not_allowed_online`. */
            control?: string;
        };
        /** @description A 422 of `POST /v1/prescriptions/{id}/sign`. */
        PrescriptionSignProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "safety_check_blocked" | "override_reason_required" | "idempotency_key_reused";
            safety_check?: components["schemas"]["PrescriptionSafetySummary"];
        };
        /** @description A 409 of sign, cancel or review. */
        PrescriptionConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "prescription_not_draft" | "prescription_not_in_review" | "prescription_final";
            prescription_status?: components["schemas"]["PrescriptionStatus"];
        };
        /** @description A 409 of dispense, refill status or refill requests. */
        RefillConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "refill_too_soon" | "renewal_needed" | "prescription_not_dispensed" | "prescription_not_dispensable" | "prescription_expired";
            /** Format: date */
            earliest_refill_date?: string;
            renewal_reason?: components["schemas"]["RenewalReason"];
            prescription_status?: components["schemas"]["PrescriptionStatus"];
        };
        /** @description A 422 of `POST /v1/prescriptions/{id}/dispense`. */
        IdentityProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "invalid_resident_id" | "identity_mismatch" | "identity_document_expired" | "idempotency_key_reused";
            /**
             * @description For `invalid_resident_id`, the part that is wrong.
             * @enum {string}
             */
            reason?: "length" | "format" | "check_character" | "birth_date";
            /** Format: date */
            expires_on?: string;
        };
        PrescriptionId: string;
        RefillRequestId: string;
        /**
         * @description `draft → signed → pharmacist_review → approved | rejected → dispensed (some fills done)
         *     → completed (every fill done) | cancelled | expired` (validity ended before the first
         *     fill).
         * @enum {string}
         */
        PrescriptionStatus: "draft" | "signed" | "pharmacist_review" | "approved" | "rejected" | "dispensed" | "completed" | "cancelled" | "expired";
        /** @enum {string} */
        RenewalReason: "repeats_exhausted" | "prescription_expired" | "prescription_cancelled" | "prescription_rejected";
        Quantity: {
            value: number;
            /** @description e.g. `tablet`, `capsule`, `ml`, `pack`. */
            unit: string;
        };
        /** @description FHIR-like `Dosage`. */
        DosageInstruction: {
            /** @description e.g. `1 tablet once daily in the morning` / `每日一次，每次1片`. */
            text: string;
            dose?: components["schemas"]["Quantity"];
            times_per_day?: number;
            as_needed?: boolean;
        };
        /** @description The diagnosis on record that the follow-up visit continues. */
        PriorDiagnosis: {
            icd10?: string;
            text?: string;
        };
        /** @description Why more than 7 days' supply (a stable chronic patient, up to 12 weeks). */
        ExtendedSupply: {
            reason: string;
        };
        PrescriptionCreate: {
            patient_id: components["schemas"]["PatientId"];
            medication_id: components["schemas"]["MedicationId"];
            dosage_instructions: components["schemas"]["DosageInstruction"][];
            quantity: components["schemas"]["Quantity"];
            days_supply: number;
            /**
             * @description Fills after the first.
             * @default 0
             */
            repeats_allowed?: number;
            /**
             * @description Calendar days (China time) the prescription may be first dispensed in; 1 = the day issued, at most 3.
             * @default 1
             */
            validity_days?: number;
            /** @enum {string} */
            visit_type: "first_visit" | "follow_up";
            /** @description The follow-up consultation this prescription comes from. */
            consultation_id?: string;
            prior_diagnosis?: components["schemas"]["PriorDiagnosis"];
            extended_supply?: components["schemas"]["ExtendedSupply"];
        };
        PrescriptionSign: {
            /** @description Why the major/moderate alerts are accepted (stored with who and when). */
            override_reason?: string;
        };
        PrescriptionCancel: {
            reason?: string;
        };
        PrescriptionReview: {
            /** @enum {string} */
            decision: "approve" | "reject";
            reason?: string;
        };
        /** @description The identity document shown at dispensing (居民身份证). */
        ResidentIdentity: {
            /** @enum {string} */
            type: "resident_id";
            number: string;
            /**
             * Format: date
             * @description The document's expiry date (有效期限).
             */
            expires_on: string;
        };
        DeliveryAddress: {
            line1: string;
            line2?: string;
            city: string;
            province?: string;
            postal_code?: string;
            country?: string;
        };
        PrescriptionDispense: {
            identity: components["schemas"]["ResidentIdentity"];
            delivery_address?: components["schemas"]["DeliveryAddress"];
        };
        /** @description The safety check run at signing. */
        PrescriptionSafetySummary: {
            id: components["schemas"]["SafetyCheckId"];
            /** @enum {string} */
            outcome: "ready" | "warning" | "blocked";
            alerts: components["schemas"]["SafetyAlert"][];
        };
        SafetyOverride: {
            reason: string;
            /** @description The prescriber id who accepted the alerts. */
            by: string;
            at: components["schemas"]["Timestamp"];
        };
        Prescriber: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            license_number?: string;
            /** @description The id of the doctor's credential that signed (never the key itself). */
            credential: string;
        };
        PharmacistReview: {
            /** @enum {string} */
            decision: "approved" | "rejected";
            reason?: string;
            at: components["schemas"]["Timestamp"];
        };
        PrescriptionFill: {
            /** Format: date */
            dispensed_on: string;
            days_supply: number;
            quantity: components["schemas"]["Quantity"];
            /** @enum {string} */
            via: "pharmacy" | "refill_request";
            refill_request_id?: components["schemas"]["RefillRequestId"];
        };
        IdentityCheck: {
            /** @enum {string} */
            status: "verified";
            /** @enum {string} */
            document_type: "resident_id";
            number_last4?: string;
            checked_at: components["schemas"]["Timestamp"];
        };
        Prescription: {
            id: components["schemas"]["PrescriptionId"];
            /** @constant */
            object: "prescription";
            status: components["schemas"]["PrescriptionStatus"];
            patient_id: components["schemas"]["PatientId"];
            medication: {
                id: components["schemas"]["MedicationId"];
                name: components["schemas"]["LocalizedText"];
                essential: boolean;
            };
            dosage_instructions: components["schemas"]["DosageInstruction"][];
            quantity: components["schemas"]["Quantity"];
            days_supply: number;
            repeats_allowed: number;
            /** @description Fills still allowed after the ones done (before the first fill, all of them). */
            repeats_remaining: number;
            validity_days: number;
            /** @description End of the window for the first fill (set at signing). */
            valid_until?: components["schemas"]["Timestamp"];
            /** @enum {string} */
            visit_type: "first_visit" | "follow_up";
            consultation_id?: string;
            prior_diagnosis?: components["schemas"]["PriorDiagnosis"];
            extended_supply?: components["schemas"]["ExtendedSupply"];
            prescriber?: components["schemas"]["Prescriber"];
            signed_at?: components["schemas"]["Timestamp"];
            safety_check?: components["schemas"]["PrescriptionSafetySummary"];
            safety_override?: components["schemas"]["SafetyOverride"];
            review?: components["schemas"]["PharmacistReview"];
            identity_check?: components["schemas"]["IdentityCheck"];
            fills: components["schemas"]["PrescriptionFill"][];
            cancellation_reason?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        PrescriptionList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Prescription"][];
            next_cursor: string | null;
        };
        /**
         * @description The `data.object` of a `refill.due` event: sent once per supply, at 09:00 in the
         *     patient's `time_zone` on the day the refill becomes `due` (3 days before the supply runs
         *     out, never before the earliest refill day), or later the same cycle if the platform was
         *     not running then. `status` says what to offer: `due`/`overdue` → request a refill,
         *     `renewal_needed` → book a follow-up visit. Ids and dates only, no health data.
         */
        RefillDue: {
            /** @constant */
            object: "refill_due";
            prescription_id: components["schemas"]["PrescriptionId"];
            patient_id: components["schemas"]["PatientId"];
            /** @enum {string} */
            status: "due" | "overdue" | "renewal_needed";
            /**
             * Format: date
             * @description The patient's local day the reminder is for.
             */
            due_date: string;
            /**
             * Format: date
             * @description The day the current supply runs out.
             */
            runs_out_on: string;
            /** @description Which fill's supply is running out (1 = the first fill). */
            supply: number;
        };
        RefillStatus: {
            /** @constant */
            object: "refill_status";
            prescription_id: components["schemas"]["PrescriptionId"];
            /** @enum {string} */
            status: "too_soon" | "eligible" | "due" | "overdue" | "renewal_needed";
            /**
             * Format: date
             * @description The patient's date the status was judged on (China time).
             */
            as_of: string;
            /** Format: date */
            last_fill_date: string;
            /**
             * Format: date
             * @description The day the supply runs out (carry-over from early refills included).
             */
            next_due_date: string;
            /** Format: date */
            earliest_refill_date: string;
            /** @description Days of supply left on `as_of`. */
            days_remaining: number;
            repeats_remaining: number;
            renewal_reason?: components["schemas"]["RenewalReason"];
        };
        RefillRequestCreate: {
            prescription_id: components["schemas"]["PrescriptionId"];
            delivery_address: components["schemas"]["DeliveryAddress"];
            /**
             * @description Ship to an address never used before (after an `address_change_review`).
             * @default false
             */
            confirm_new_address?: boolean;
        };
        RefillRequest: {
            id: components["schemas"]["RefillRequestId"];
            /** @constant */
            object: "refill_request";
            prescription_id: components["schemas"]["PrescriptionId"];
            patient_id: components["schemas"]["PatientId"];
            /**
             * @description `accepted`: filled and shipped; `address_change_review`: held, nothing filled.
             * @enum {string}
             */
            status: "accepted" | "address_change_review";
            delivery_address: components["schemas"]["DeliveryAddress"];
            fill?: components["schemas"]["PrescriptionFill"];
            /** Format: date */
            next_due_date?: string;
            created_at: components["schemas"]["Timestamp"];
        };
        MedicationAdherence: {
            medication_id: components["schemas"]["MedicationId"];
            name: components["schemas"]["LocalizedText"];
            prescription_ids: components["schemas"]["PrescriptionId"][];
            /**
             * Format: date
             * @description The first day counted (the first fill in or covering the period).
             */
            period_start?: string;
            days_covered: number;
            days_in_period: number;
            /** @description Days covered ÷ days in period; `null` with no fill covering the period. */
            pdc: number | null;
            /** @description PDC ≥ 0.8. */
            adherent: boolean | null;
        };
        Adherence: {
            /** @constant */
            object: "adherence";
            patient_id: components["schemas"]["PatientId"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            medications: components["schemas"]["MedicationAdherence"][];
        };
        /** @description A 400 of `GET /v1/medications`. */
        MedicationQueryProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "validation_failed" | "invalid_cursor" | "duplicate_authorization_header";
        };
        /** @description A 404 of `GET /v1/medications/{id}`. */
        MedicationNotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "resource_not_found";
        };
        /** @description A 404 of `POST /v1/safety-checks` (the `patient_id`). */
        SafetyCheckNotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code?: "resource_not_found";
        };
        MedicationId: string;
        SafetyCheckId: string;
        Strength: {
            value: number;
            /** @description e.g. `mg`, `µg`, `mg/ml`, `IU`. */
            unit: string;
        };
        MedicationIngredient: {
            /** @description The ingredient's stable slug (`paracetamol`), what safety rules work on. */
            ingredient_id: string;
            name: components["schemas"]["LocalizedText"];
            strength: components["schemas"]["Strength"];
        };
        InsuranceCode: {
            code: string;
            /** @enum {string} */
            status: "current" | "superseded";
            /** @description For a superseded code, the code that replaces it (claims must use it). */
            replaced_by?: string;
        };
        /** @description How a search hit matched (only in search results). */
        MedicationMatch: {
            /** @description 1 is an exact name match. */
            score: number;
            /** @description The name that matched (generic, brand, ingredient or synonym). */
            matched: string;
            /** @enum {string} */
            via: "exact" | "prefix" | "contains" | "fuzzy";
        };
        Medication: {
            id: components["schemas"]["MedicationId"];
            /** @constant */
            object: "medication";
            /** @description Generic (common) name. */
            name: components["schemas"]["LocalizedText"];
            brands: components["schemas"]["LocalizedText"][];
            /** @description Every active ingredient with its strength (combination products list each). */
            ingredients: components["schemas"]["MedicationIngredient"][];
            /** @description WHO ATC code(s). */
            atc: string[];
            /** @enum {string} */
            form: "tablet" | "extended_release_tablet" | "enteric_coated_tablet" | "capsule" | "granules" | "oral_solution" | "injection" | "inhaler" | "transdermal_patch" | "topical" | "suppository" | "sublingual_tablet";
            /** @enum {string} */
            route: "oral" | "parenteral" | "inhalation" | "transdermal" | "topical" | "rectal" | "sublingual";
            pack: components["schemas"]["LocalizedText"];
            /**
             * @description Prescription-only, or China's OTC class A (甲类) / B (乙类).
             * @enum {string}
             */
            dispensing: "rx" | "otc_a" | "otc_b";
            /**
             * @description China's special-management class: 麻醉药品, 第一/二类精神药品, 医疗用毒性药品,
             *     药品类易制毒化学品, or `none`.
             * @enum {string}
             */
            control: "none" | "narcotic" | "psychotropic_1" | "psychotropic_2" | "toxic" | "precursor";
            /**
             * @description 抗菌药物分级 (antimicrobials only).
             * @enum {string}
             */
            antimicrobial_grade?: "unrestricted" | "restricted" | "special";
            /** @description Listed in the National Essential Medicines List (国家基本药物). */
            essential: boolean;
            /** @description Sandbox approval number, clearly fictitious (`国药准字SBX…`). */
            approval_number: string;
            /** @description National insurance codes, current first; superseded ones name their replacement. */
            insurance_codes: components["schemas"]["InsuranceCode"][];
            match?: components["schemas"]["MedicationMatch"];
        };
        MedicationList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Medication"][];
            next_cursor: string | null;
        };
        /** @description A medication by catalogue id or by free text (English or Chinese). */
        SafetyMedicationInput: {
            medication_id: components["schemas"]["MedicationId"];
        } | {
            text: string;
        };
        /** @description An allergy by free text (`penicillin (anaphylaxis)`) or by substance. */
        SafetyAllergyInput: {
            text: string;
            reaction?: string;
        } | {
            substance: string;
            reaction?: string;
        };
        /** @description A condition by free text (`hypertension`, `eGFR 25`, `妊娠早期`) or ICD-10 code. */
        SafetyConditionInput: {
            text: string;
        } | {
            icd10: string;
        };
        SafetyPatient: {
            /** @description Age in years. */
            age?: number;
            /** @enum {string} */
            sex?: "female" | "male" | "other" | "unknown";
            /** @description `true`, or the trimester / gestational week when known. */
            pregnancy?: boolean | {
                /** @enum {integer} */
                trimester?: 1 | 2 | 3;
                weeks?: number;
            };
            /** @description eGFR in ml/min/1.73 m². */
            egfr?: number;
            allergies?: components["schemas"]["SafetyAllergyInput"][];
            conditions?: components["schemas"]["SafetyConditionInput"][];
            current_medications?: components["schemas"]["SafetyMedicationInput"][];
        };
        SafetyCheckCreate: {
            /** @description The proposed medications. */
            medications: components["schemas"]["SafetyMedicationInput"][];
            patient_id?: components["schemas"]["PatientId"];
            patient?: components["schemas"]["SafetyPatient"];
        };
        SafetyAlert: {
            /**
             * @description Renal and age (Beers) alerts are `dose`.
             * @enum {string}
             */
            kind: "drug_drug" | "duplicate_therapy" | "drug_allergy" | "drug_disease" | "drug_pregnancy" | "dose" | "online_restricted";
            /** @enum {string} */
            severity: "major" | "moderate" | "minor";
            /** @description A label or guideline says never to combine / use; the outcome is `blocked`. */
            contraindicated: boolean;
            /** @description Catalogue ids of the medications concerned (proposed and current). */
            medications: components["schemas"]["MedicationId"][];
            mechanism: components["schemas"]["LocalizedText"];
            management: components["schemas"]["LocalizedText"];
            alternatives?: {
                medication_id: components["schemas"]["MedicationId"];
                name: components["schemas"]["LocalizedText"];
            }[];
            /** @description Where the rule comes from (label, guideline, reference). */
            source: string;
        };
        SafetyResolvedInput: {
            /**
             * @description JSON pointer to the input (`/medications/0`, `/patient/allergies/1`, or
             *     `/patient_record/allergies/0` for what came from the patient's record).
             */
            field: string;
            input: string;
            /** @enum {string} */
            type: "medication" | "allergy" | "condition" | "renal_function" | "pregnancy" | "age";
            /** @description The catalogue id, allergy class, condition id or value understood. */
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @description e.g. the reaction severity of an allergy, the trimester, the eGFR value. */
            detail?: string;
        };
        SafetyUnresolvedInput: {
            field: string;
            input: string;
            reason: components["schemas"]["LocalizedText"];
        };
        SafetyNotice: {
            /** @enum {string} */
            code: "no_allergies_recorded" | "no_conditions_recorded" | "no_renal_function" | "no_age";
            message: components["schemas"]["LocalizedText"];
        };
        SafetyCheck: {
            id: components["schemas"]["SafetyCheckId"];
            /** @constant */
            object: "safety_check";
            /** @enum {string} */
            outcome: "ready" | "warning" | "blocked";
            alerts: components["schemas"]["SafetyAlert"][];
            resolved: components["schemas"]["SafetyResolvedInput"][];
            unresolved: components["schemas"]["SafetyUnresolvedInput"][];
            notices: components["schemas"]["SafetyNotice"][];
            patient_id?: components["schemas"]["PatientId"];
            created_at: components["schemas"]["Timestamp"];
        };
        TestClockId: string;
        TestClockCreate: {
            frozen_time: components["schemas"]["Timestamp"];
            name?: string;
        };
        TestClockAdvance: {
            frozen_time: components["schemas"]["Timestamp"];
        };
        /** @description A sandbox clock; its objects live at `frozen_time`. */
        TestClock: {
            id: components["schemas"]["TestClockId"];
            /** @constant */
            object: "test_clock";
            name?: string;
            frozen_time: components["schemas"]["Timestamp"];
            /**
             * @description `ready`: every object of the clock has caught up with `frozen_time`.
             * @enum {string}
             */
            status: "ready";
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description A 409 of the consultations domain. */
        ConsultationConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "slot_unavailable" | "consultation_type_not_offered" | "consultation_not_cancellable" | "too_early" | "ended" | "consultation_not_joinable" | "consultation_not_scheduled" | "consultation_closed";
            consultation_status?: components["schemas"]["ConsultationStatus"];
            joinable_from?: components["schemas"]["Timestamp"];
            slot_start?: components["schemas"]["Timestamp"];
        };
        /** @description A 422 of `POST /v1/consultations`. */
        ConsultationUnprocessableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "slot_required" | "invalid_slot" | "slot_in_past" | "invalid_time_zone" | "idempotency_key_reused";
        };
        DoctorId: string;
        ConsultationId: string;
        ConsultationMessageId: string;
        /**
         * Format: date-time
         * @description RFC 3339 with the UTC offset of a named zone, e.g. `2027-03-29T17:00:00+08:00`.
         */
        OffsetDateTime: string;
        /** Format: date */
        LocalDate: string;
        /**
         * @description The 16 departments (the same values triage results recommend).
         * @enum {string}
         */
        DoctorDepartment: "emergency" | "cardiology" | "respiratory" | "gastroenterology" | "neurology" | "orthopedics" | "rheumatology" | "dermatology" | "ENT" | "ophthalmology" | "pediatrics" | "obstetrics_gynecology" | "urology" | "endocrinology" | "psychiatry" | "general_internal_medicine";
        /** @enum {string} */
        ConsultationType: "text" | "video";
        /** @description Opening hours on one weekday, in the doctor's local time (`end` excluded). */
        WeeklyScheduleBlock: {
            /** @description ISO weekday, 1 = Monday … 7 = Sunday. */
            weekday: number;
            start: string;
            end: string;
        };
        Doctor: {
            id: components["schemas"]["DoctorId"];
            /** @constant */
            object: "doctor";
            name: components["schemas"]["LocalizedText"];
            title: components["schemas"]["LocalizedText"];
            department: components["schemas"]["DoctorDepartment"];
            hospital: components["schemas"]["LocalizedText"];
            languages: components["schemas"]["Locale"][];
            time_zone: components["schemas"]["TimeZone"];
            consultation_types: components["schemas"]["ConsultationType"][];
            fee: components["schemas"]["Money"];
            slot_minutes: number;
            weekly_schedule: components["schemas"]["WeeklyScheduleBlock"][];
        };
        DoctorList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Doctor"][];
            next_cursor: string | null;
        };
        Slot: {
            start: components["schemas"]["OffsetDateTime"];
            end: components["schemas"]["OffsetDateTime"];
            /** @description The same instant in the doctor's zone. */
            doctor_local_start: components["schemas"]["OffsetDateTime"];
        };
        SlotDay: {
            date: components["schemas"]["LocalDate"];
            slots: components["schemas"]["Slot"][];
        };
        DoctorSlots: {
            /** @constant */
            object: "doctor_slots";
            doctor_id: components["schemas"]["DoctorId"];
            time_zone: components["schemas"]["TimeZone"];
            doctor_time_zone: components["schemas"]["TimeZone"];
            from: components["schemas"]["Timestamp"];
            to: components["schemas"]["Timestamp"];
            /** @description Local dates (in `time_zone`) with at least one free slot, in order. */
            days: components["schemas"]["SlotDay"][];
        };
        /** @enum {string} */
        ConsultationStatus: "requested" | "accepted" | "in_progress" | "completed" | "cancelled" | "missed";
        /**
         * @description China's online rules allow prescribing only in `follow_up` visits, with the prior
         *     diagnosis on file (`prior_diagnosis_file_id`).
         * @enum {string}
         */
        VisitType: "first" | "follow_up";
        ConsultationCreate: {
            patient_id: components["schemas"]["PatientId"];
            doctor_id: components["schemas"]["DoctorId"];
            type: components["schemas"]["ConsultationType"];
            /** @description A slot `start` from the slots list (any offset; the same instant). */
            slot_start?: components["schemas"]["Timestamp"];
            /** @description The patient's IANA zone (default the patient's `time_zone`); reminders and the calendar use it. */
            patient_time_zone?: components["schemas"]["TimeZone"];
            triage_interview_id?: string;
            reason: string;
            visit_type?: components["schemas"]["VisitType"];
            prior_diagnosis_file_id?: components["schemas"]["FileId"];
            attachments?: components["schemas"]["FileId"][];
            metadata?: components["schemas"]["Metadata"];
        };
        ConsultationCancel: {
            /** @enum {string} */
            reason?: "patient_request" | "doctor_unavailable" | "other";
        };
        StatusChange: {
            status: components["schemas"]["ConsultationStatus"];
            at: components["schemas"]["Timestamp"];
        };
        /** @description The same instant as both parties see it. */
        LocalTimes: {
            patient: components["schemas"]["OffsetDateTime"];
            doctor: components["schemas"]["OffsetDateTime"];
        };
        Consultation: {
            id: components["schemas"]["ConsultationId"];
            /** @constant */
            object: "consultation";
            patient_id: components["schemas"]["PatientId"];
            doctor_id: components["schemas"]["DoctorId"];
            department: components["schemas"]["DoctorDepartment"];
            type: components["schemas"]["ConsultationType"];
            status: components["schemas"]["ConsultationStatus"];
            visit_type: components["schemas"]["VisitType"];
            /** @description The slot start in UTC (absent for a text consultation without a slot). */
            scheduled_at?: components["schemas"]["Timestamp"];
            scheduled_local?: components["schemas"]["LocalTimes"];
            ends_at: components["schemas"]["Timestamp"];
            /** @description Video only; 10 minutes before `scheduled_at`. */
            joinable_from?: components["schemas"]["Timestamp"];
            patient_time_zone: components["schemas"]["TimeZone"];
            doctor_time_zone: components["schemas"]["TimeZone"];
            fee: components["schemas"]["Money"];
            reason: string;
            triage_interview_id?: string;
            prior_diagnosis_file_id?: components["schemas"]["FileId"];
            attachments: components["schemas"]["FileId"][];
            status_history: components["schemas"]["StatusChange"][];
            cancellation_reason?: string;
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["Timestamp"];
        };
        ConsultationList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Consultation"][];
            next_cursor: string | null;
        };
        VideoJoinCreate: {
            /**
             * @description Widget sessions join as `patient` only.
             * @default patient
             * @enum {string}
             */
            participant?: "patient" | "doctor";
        };
        VideoJoin: {
            /** @constant */
            object: "video_join";
            consultation_id: components["schemas"]["ConsultationId"];
            /** @enum {string} */
            participant: "patient" | "doctor";
            room_id: string;
            /** Format: uri */
            url: string;
            /** @description Valid for this consultation and this participant only. */
            token: string;
            valid_from: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        /** @description What the doctor asks the patient to upload (the patient UI offers an upload). */
        AttachmentRequest: {
            /** @enum {string} */
            reason: "missing" | "unreadable" | "wrong_document";
            /** @enum {string} */
            purpose: "prior_diagnosis" | "test_result" | "prescription_photo" | "other";
            /** @description The attachment that is wrong or unreadable, when there is one. */
            file_id?: components["schemas"]["FileId"];
        };
        ConsultationMessageCreate: {
            text?: string;
            attachments?: components["schemas"]["FileId"][];
            in_reply_to?: components["schemas"]["ConsultationMessageId"];
        };
        ConsultationMessage: {
            id: components["schemas"]["ConsultationMessageId"];
            /** @constant */
            object: "consultation_message";
            consultation_id: components["schemas"]["ConsultationId"];
            /** @enum {string} */
            sender: "patient" | "doctor" | "system";
            /** @enum {string} */
            kind: "text" | "attachment_request";
            text?: string;
            attachments: components["schemas"]["FileId"][];
            attachment_request?: components["schemas"]["AttachmentRequest"];
            in_reply_to?: components["schemas"]["ConsultationMessageId"];
            created_at: components["schemas"]["Timestamp"];
        };
        ConsultationMessageList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["ConsultationMessage"][];
            next_cursor: string | null;
        };
    };
    responses: {
        /** @description The request is malformed or fails validation. */
        BadRequest: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing or invalid credentials. */
        Unauthorized: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials lack a scope or may not see this resource. */
        Forbidden: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource (or route). */
        NotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource's state does not allow this. */
        Conflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the limit. */
        PayloadTooLarge: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's content type is not accepted here. */
        UnsupportedMediaType: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but cannot be processed (e.g. `idempotency_key_reused`). */
        Unprocessable: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other error (e.g. 400, 403, 413, 415, 500), as problem+json. */
        Problem: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The code cannot be read (`invalid_trace_code`, with `position` and `ai` and one field error
         *     whose `code` is the parser's), or another unprocessable request (`idempotency_key_reused`).
         */
        TraceCodeUnprocessable: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TraceCodeProblem"];
            };
        };
        /**
         * @description `pack_not_found`: no registered pack has this code (`trace_status` says why, e.g.
         *     `secondary_verification_required` for an unmapped foreign serial), or
         *     `resource_not_found` for an unknown `patient_id`.
         */
        DispensationNotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["DispensationNotFoundProblem"];
            };
        };
        /**
         * @description The pack cannot be dispensed: `pack_not_active` (already dispensed, recalled, stolen …),
         *     `pack_expired` or `pack_not_dispensable` (e.g. a possible clone). `pack_state`,
         *     `trace_status` and `alert_codes` say why.
         */
        DispensationConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["DispensationConflictProblem"];
            };
        };
        /**
         * @description The dispense cannot be undone: `already_reversed`, `reversal_location_mismatch`,
         *     `reversal_window_expired` (after 10 days) or `pack_not_reversible` (the pack is now
         *     stolen, destroyed or recalled).
         */
        ReversalConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ReversalConflictProblem"];
            };
        };
        /**
         * @description `resource_not_found`: the patient, policy or related claim does not exist or the caller
         *     may not see it (a policy of another patient is not found either).
         */
        ClaimsNotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ClaimsNotFoundProblem"];
            };
        };
        /**
         * @description `claim_not_cancellable` (already adjudicated, paid or replaced) or
         *     `related_claim_not_replaceable` (the claim named in `related_claim_id` is paid, cancelled,
         *     already replaced or of another patient or policy); `claim_status` says why.
         */
        ClaimConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ClaimConflictProblem"];
            };
        };
        /**
         * @description `claim_invalid`: the draft has errors (`issues` lists them as `POST /v1/claims/validate`
         *     does, `errors` as field errors), or `idempotency_key_reused`.
         */
        ClaimUnprocessable: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ClaimInvalidProblem"];
            };
        };
        /**
         * @description `unknown_concept` (an evidence or answer id that is no concept), `answer_not_in_question`
         *     (a concept the step's question did not ask), `duplicate_answer`, `demographics_required`
         *     (no `patient_id` and no `age`/`sex`), `patient_demographics_conflict` (`age` or a different
         *     `sex` sent with `patient_id`), `sex_required` (the patient record's sex is not female or
         *     male), `invalid_age`, or `idempotency_key_reused`. `errors[]` points at the fields.
         */
        TriageUnprocessable: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TriageUnprocessableProblem"];
            };
        };
        /**
         * @description `step_not_current`: the step is after the current one (`current_step` says which is open);
         *     `interview_completed`: the interview has its result and takes no more answers.
         */
        TriageInterviewConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TriageInterviewConflictProblem"];
            };
        };
        /**
         * @description `photo_quality_insufficient`: the photo failed the quality check; `issues` lists each
         *     problem with the measured value and its threshold, and nothing was stored. Or
         *     `image_undecodable` (the bytes are not a valid PNG/JPEG), `file_empty`, or
         *     `idempotency_key_reused`.
         */
        PhotoQualityInsufficient: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PhotoQualityProblem"];
            };
        };
        /**
         * @description `resource_not_found`: no prescription (or patient) with this id that the caller may see (a
         *     widget session sees only its own patient's).
         */
        PrescriptionNotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PrescriptionNotFoundProblem"];
            };
        };
        /**
         * @description The draft breaks an online-prescribing rule (`first_visit_not_allowed`,
         *     `prior_diagnosis_required`, `controlled_drug_not_allowed_online`,
         *     `days_supply_exceeds_limit`, `validity_exceeds_limit`), names an `unknown_medication`, or
         *     `idempotency_key_reused`. `limit` carries the rule's bound when there is one.
         */
        PrescriptionRuleViolation: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PrescriptionRuleProblem"];
            };
        };
        /**
         * @description `safety_check_blocked` (a contraindicated alert) or `override_reason_required` (a major or
         *     moderate alert without `override_reason`); `safety_check` holds the alerts. Or
         *     `idempotency_key_reused`.
         */
        PrescriptionSignRefused: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PrescriptionSignProblem"];
            };
        };
        /**
         * @description The prescription's `status` does not allow this: `prescription_not_draft` (sign),
         *     `prescription_not_in_review` (review), `prescription_final` (cancel).
         */
        PrescriptionConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PrescriptionConflictProblem"];
            };
        };
        /**
         * @description No fill now: `refill_too_soon` (with `earliest_refill_date`), `renewal_needed` (with
         *     `renewal_reason`; book a follow-up visit), `prescription_not_dispensed` (no first fill yet),
         *     `prescription_not_dispensable` (not approved) or `prescription_expired` (validity ended
         *     before the first fill).
         */
        RefillConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["RefillConflictProblem"];
            };
        };
        /**
         * @description The real-name check failed: `invalid_resident_id` (`reason` says which part),
         *     `identity_mismatch` (the number's birth date is not the patient's) or
         *     `identity_document_expired` (with `expires_on`). Or `idempotency_key_reused`.
         */
        IdentityCheckFailed: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["IdentityProblem"];
            };
        };
        /**
         * @description `validation_failed` (e.g. an empty `q`, a `limit` over 100) or `invalid_cursor` (a cursor
         *     this API did not issue, or one issued for another `q`).
         */
        MedicationQueryInvalid: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["MedicationQueryProblem"];
            };
        };
        /** @description `resource_not_found`: no catalogue entry has this id. */
        MedicationNotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["MedicationNotFoundProblem"];
            };
        };
        /**
         * @description `resource_not_found`: `patient_id` names no patient the caller may see (a widget session
         *     sees only its own).
         */
        SafetyCheckPatientNotFound: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["SafetyCheckNotFoundProblem"];
            };
        };
        /**
         * @description The consultation's or slot's state does not allow this: `slot_unavailable`,
         *     `consultation_type_not_offered`, `consultation_not_cancellable`, `too_early`, `ended`,
         *     `consultation_not_joinable`, `consultation_not_scheduled`, `consultation_closed`.
         */
        ConsultationConflict: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConsultationConflictProblem"];
            };
        };
        /**
         * @description The booking cannot be processed: `slot_required` (video needs a slot), `invalid_slot`
         *     (not a slot of the doctor's schedule), `slot_in_past`, `invalid_time_zone`, or
         *     `idempotency_key_reused`.
         */
        ConsultationUnprocessable: {
            headers: {
                "Apotheca-Request-Id": components["headers"]["RequestId"];
                "Apotheca-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConsultationUnprocessableProblem"];
            };
        };
    };
    parameters: {
        /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
        IdempotencyKey: string;
        /** @description The API version the client was written against. */
        ApothecaVersion: "2026-11-01";
        /** @description Page size. */
        Limit: number;
        /** @description The `next_cursor` of the previous page. */
        Cursor: string;
    };
    requestBodies: never;
    headers: {
        /** @description The id of this request; quote it to support. */
        RequestId: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /**
         * @description Whether sending the same request again (with the same `Idempotency-Key`) may succeed:
         *     `true` for a failure that may clear (a lock held by another request, a request with this
         *     key still in progress, a transient outage), `false` when it never will (a domain conflict
         *     such as `pack_not_active`, a validation error). Clients follow it over their status-based
         *     default; without it they decide by status.
         */
        ShouldRetry: "true" | "false";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenRequest"];
                "application/json": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description An access token. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createWidgetSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetSessionCreate"];
            };
        };
        responses: {
            /** @description The session. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listPatients: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of patients. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatientCreate"];
            };
        };
        responses: {
            /** @description The patient. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The patient id (`pat_…`). */
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patient. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    updatePatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The patient id (`pat_…`). */
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatientUpdate"];
            };
        };
        responses: {
            /** @description The updated patient. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileCreate"];
            };
        };
        responses: {
            /** @description The stored file. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's metadata. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The endpoint, with its signing `secret` (shown only here). */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createTraceVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceVerificationCreate"];
            };
        };
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["TraceCodeUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createDispensation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispensationCreate"];
            };
        };
        responses: {
            /** @description The dispensation. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dispensation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DispensationNotFound"];
            409: components["responses"]["DispensationConflict"];
            422: components["responses"]["TraceCodeUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getDispensation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["DispensationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispensation. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dispensation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    reverseDispensation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["DispensationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispensationReversalCreate"];
            };
        };
        responses: {
            /** @description The dispensation, now reversed. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dispensation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ReversalConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createCoverageCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoverageCheckCreate"];
            };
        };
        responses: {
            /** @description The coverage on that date. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ClaimsNotFound"];
            422: components["responses"]["ClaimUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createClaimEstimate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimEstimateCreate"];
            };
        };
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimEstimate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ClaimsNotFound"];
            422: components["responses"]["ClaimUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    validateClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDraft"];
            };
        };
        responses: {
            /** @description The issues found (possibly none). */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listClaims: {
        parameters: {
            query?: {
                patient_id?: components["schemas"]["PatientId"];
                status?: components["schemas"]["ClaimStatus"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimCreate"];
            };
        };
        responses: {
            /** @description The claim. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ClaimsNotFound"];
            409: components["responses"]["ClaimConflict"];
            422: components["responses"]["ClaimUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The claim id (`clm_…`). */
                id: components["schemas"]["ClaimId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    cancelClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The claim id (`clm_…`). */
                id: components["schemas"]["ClaimId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim, now cancelled. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ClaimConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    parseTriageText: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageParseRequest"];
            };
        };
        responses: {
            /** @description The concepts found. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageParseResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createTriageInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageInterviewCreate"];
            };
        };
        responses: {
            /** @description The interview, with its first question or its result. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageInterview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["TriageUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getTriageInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["TriageInterviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interview. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageInterview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    answerTriageInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["TriageInterviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageAnswerCreate"];
            };
        };
        responses: {
            /** @description The interview, with its next question or its result. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageInterview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["TriageInterviewConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["TriageUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listMedications: {
        parameters: {
            query?: {
                /** @description Search text in English or Chinese (generic, brand or ingredient name). */
                q?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of catalogue entries. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicationList"];
                };
            };
            400: components["responses"]["MedicationQueryInvalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getMedication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["MedicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue entry. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Medication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MedicationNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createSafetyCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SafetyCheckCreate"];
            };
        };
        responses: {
            /** @description The safety check. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SafetyCheckPatientNotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listPrescriptions: {
        parameters: {
            query?: {
                patient_id?: components["schemas"]["PatientId"];
                status?: components["schemas"]["PrescriptionStatus"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of prescriptions. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionCreate"];
            };
        };
        responses: {
            /** @description The draft prescription. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            422: components["responses"]["PrescriptionRuleViolation"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prescription. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    signPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionSign"];
            };
        };
        responses: {
            /** @description The signed prescription, in pharmacist review. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["PrescriptionConflict"];
            422: components["responses"]["PrescriptionSignRefused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    cancelPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionCancel"];
            };
        };
        responses: {
            /** @description The cancelled prescription. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["PrescriptionConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    dispensePrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionDispense"];
            };
        };
        responses: {
            /** @description The prescription with the new fill. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["RefillConflict"];
            422: components["responses"]["IdentityCheckFailed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPrescriptionRefillStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refill status. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefillStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["RefillConflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPrescriptionRefillCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["RefillConflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createRefillRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefillRequestCreate"];
            };
        };
        responses: {
            /** @description The refill request (accepted, or held for address confirmation). */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefillRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["RefillConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPatientAdherence: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adherence report. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adherence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    reviewPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionReview"];
            };
        };
        responses: {
            /** @description The reviewed prescription. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prescription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["PrescriptionConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listPrescriptionUploads: {
        parameters: {
            query?: {
                patient_id?: components["schemas"]["PatientId"];
                status?: components["schemas"]["PrescriptionUploadStatus"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of uploads. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionUploadList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createPrescriptionUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PrescriptionUploadCreate"];
            };
        };
        responses: {
            /** @description The upload, waiting for the pharmacist's review. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["PhotoQualityInsufficient"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getPrescriptionUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionUploadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    reviewPrescriptionUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["PrescriptionUploadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionUploadReview"];
            };
        };
        responses: {
            /** @description The reviewed upload. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PrescriptionNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestClockCreate"];
            };
        };
        responses: {
            /** @description The clock. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["TestClockId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    deleteTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["TestClockId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock was deleted. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    advanceTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                id: components["schemas"]["TestClockId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestClockAdvance"];
            };
        };
        responses: {
            /** @description The clock at its new time. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listDoctors: {
        parameters: {
            query?: {
                /** @description Only doctors of this department. */
                department?: components["schemas"]["DoctorDepartment"];
                /** @description Only doctors who speak this language. */
                language?: components["schemas"]["Locale"];
                /** @description Only doctors who offer this type. */
                consultation_type?: components["schemas"]["ConsultationType"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of doctors. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getDoctor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The doctor id (`doc_…`). */
                id: components["schemas"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doctor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listDoctorSlots: {
        parameters: {
            query?: {
                /** @description Start of the window (default: now). */
                from?: components["schemas"]["Timestamp"];
                /** @description End of the window (default: `from` + 7 days). */
                to?: components["schemas"]["Timestamp"];
                /** @description The IANA zone to group and express slots in, e.g. `Asia/Shanghai`. */
                time_zone?: components["schemas"]["TimeZone"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The doctor id (`doc_…`). */
                id: components["schemas"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The free slots. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorSlots"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listConsultations: {
        parameters: {
            query?: {
                /** @description Only this patient's consultations. */
                patient_id?: components["schemas"]["PatientId"];
                /** @description Only consultations in this status. */
                status?: components["schemas"]["ConsultationStatus"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consultations. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationCreate"];
            };
        };
        responses: {
            /** @description The consultation. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConsultationConflict"];
            422: components["responses"]["ConsultationUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    cancelConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationCancel"];
            };
        };
        responses: {
            /** @description The cancelled consultation. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConsultationConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createVideoJoin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoJoinCreate"];
            };
        };
        responses: {
            /** @description The join descriptor. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoJoin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConsultationConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getConsultationCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConsultationConflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listConsultationMessages: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createConsultationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The API version the client was written against. */
                "Apotheca-Version"?: components["parameters"]["ApothecaVersion"];
            };
            path: {
                /** @description The consultation id (`cons_…`). */
                id: components["schemas"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationMessageCreate"];
            };
        };
        responses: {
            /** @description The message. */
            201: {
                headers: {
                    "Apotheca-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConsultationConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    receiveEvent: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            /** @description Acknowledged. Any 2xx ends retries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
