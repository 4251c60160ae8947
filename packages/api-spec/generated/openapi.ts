// Generated from openapi/ by scripts/generate.mjs. Do not edit.
export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Apotheca API",
    "version": "2026-11-01",
    "summary": "Consultations, prescriptions, drug traceability and claims for partner developers.",
    "description": "The Apotheca API. Every request carries `Apotheca-Version: 2026-11-01` (the client SDK sets it)\nand every response carries `Apotheca-Request-Id`. Errors are `application/problem+json`\n(RFC 9457). Every POST that creates or changes state accepts `Idempotency-Key`: the same key\nwith the same body returns the stored response; with a different body the API answers 422\n`idempotency_key_reused`. Keys are kept for at least 24 hours. A request with more than one\n`Authorization` header (or one credential list) is refused with 400\n`duplicate_authorization_header`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "Apotheca developer platform",
      "url": "https://developers.apotheca.example"
    }
  },
  "servers": [
    {
      "url": "http://localhost:4010",
      "description": "Local sandbox (`npx apotheca-sandbox --port 4010`)"
    }
  ],
  "security": [
    {
      "secretKey": []
    }
  ],
  "tags": [
    {
      "name": "platform",
      "description": "Health, authentication and widget sessions."
    },
    {
      "name": "patients",
      "description": "Patients and their clinical context."
    },
    {
      "name": "files",
      "description": "Uploaded files (prescription photos, claim attachments, identity documents)."
    },
    {
      "name": "webhooks",
      "description": "Webhook endpoints and the event envelope."
    },
    {
      "name": "trace",
      "description": "Drug trace-code verification and dispensing."
    },
    {
      "name": "claims",
      "description": "Insurance coverage, claim submission, validation, estimates and adjudication."
    },
    {
      "name": "triage",
      "description": "Symptom triage: free text to concepts, a guided interview that screens red flags at every\nstep, and a result with urgency, departments, advice and a clinician summary. Triage\nsupport, not a diagnosis.\n"
    },
    {
      "name": "prescriptions",
      "description": "The medication catalogue (bilingual, typo-tolerant search) and drug-safety checks\n(drug–drug, duplicate therapy, allergy, disease, pregnancy, renal/age dose, online\nrestrictions), e-prescriptions under China's online-prescribing rules (follow-up visits\nonly, no narcotic or psychotropic drugs, short validity and supply, a doctor's signature,\npharmacist review, real-name check at dispensing), refills and adherence (PDC).\n"
    },
    {
      "name": "test-helpers",
      "description": "Sandbox-only helpers for tests (test clocks)."
    },
    {
      "name": "consultations",
      "description": "Doctors, slots and online consultations (text and video)."
    }
  ],
  "paths": {
    "/v1/health": {
      "get": {
        "operationId": "getHealth",
        "tags": [
          "platform"
        ],
        "summary": "Check that the API is up",
        "security": [],
        "responses": {
          "200": {
            "description": "The API is up.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/oauth/token": {
      "post": {
        "operationId": "createOAuthToken",
        "tags": [
          "platform"
        ],
        "summary": "Exchange client credentials for an access token (OAuth 2.0 client credentials)",
        "description": "A parameter sent more than once is refused with 400 `duplicate_parameter` naming it\n(`/body/<name>`), as RFC 6749 §3.1 requires.\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/OAuthTokenRequest"
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OAuthTokenRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "An access token.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthToken"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/widget-sessions": {
      "post": {
        "operationId": "createWidgetSession",
        "tags": [
          "platform"
        ],
        "summary": "Mint a short-lived widget session token for one patient",
        "description": "Called by the partner's server with its secret key. The returned `token` is handed to a\nwidget in the browser; it expires after at most 15 minutes, sees only `patient_id`, only\nthe listed scopes, and is accepted by browsers only from `allowed_origin` (CORS).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WidgetSessionCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WidgetSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/patients": {
      "post": {
        "operationId": "createPatient",
        "tags": [
          "patients"
        ],
        "summary": "Create a patient",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "patients:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PatientCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The patient.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Patient"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listPatients",
        "tags": [
          "patients"
        ],
        "summary": "List patients, newest first",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "patients:read"
            ]
          },
          {
            "widgetSession": [
              "patients:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of patients.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PatientList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/patients/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The patient id (`pat_…`).",
          "schema": {
            "$ref": "#/components/schemas/PatientId"
          }
        }
      ],
      "get": {
        "operationId": "getPatient",
        "tags": [
          "patients"
        ],
        "summary": "Retrieve a patient",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "patients:read"
            ]
          },
          {
            "widgetSession": [
              "patients:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The patient.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Patient"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "patch": {
        "operationId": "updatePatient",
        "tags": [
          "patients"
        ],
        "summary": "Update a patient (fields not sent are left unchanged)",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "patients:write"
            ]
          },
          {
            "widgetSession": [
              "patients:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PatientUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated patient.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Patient"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/files": {
      "post": {
        "operationId": "createFile",
        "tags": [
          "files"
        ],
        "summary": "Upload a file",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "files:write"
            ]
          },
          {
            "widgetSession": [
              "files:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/FileCreate"
              },
              "encoding": {
                "file": {
                  "contentType": "image/png, image/jpeg, image/webp, application/pdf"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The stored file.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/File"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/files/{id}": {
      "get": {
        "operationId": "getFile",
        "tags": [
          "files"
        ],
        "summary": "Retrieve a file's metadata",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The file's metadata.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/File"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/webhook-endpoints": {
      "post": {
        "operationId": "createWebhookEndpoint",
        "tags": [
          "webhooks"
        ],
        "summary": "Register a webhook endpoint",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookEndpointCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The endpoint, with its signing `secret` (shown only here).",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpoint"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listWebhookEndpoints",
        "tags": [
          "webhooks"
        ],
        "summary": "List webhook endpoints",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of endpoints.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/webhook-endpoints/{id}": {
      "delete": {
        "operationId": "deleteWebhookEndpoint",
        "tags": [
          "webhooks"
        ],
        "summary": "Delete a webhook endpoint",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/WebhookEndpointId"
            }
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The endpoint was deleted.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedObject"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/trace/verifications": {
      "post": {
        "operationId": "createTraceVerification",
        "tags": [
          "trace"
        ],
        "summary": "Verify a scanned medicine pack",
        "description": "Send the raw scan (any form the offline parser accepts: GS1 element string, bracketed\nform, Digital Link URI, China 20-digit code) or already-parsed fields. The answer says\nwhether the pack is genuine, where it has been and whether it may be dispensed.\nA verification is a read: it changes no pack state, but it is recorded (and may raise a\n`trace.alert` event, e.g. `possible_clone`).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "trace:verify"
            ]
          },
          {
            "widgetSession": [
              "trace:verify"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TraceVerificationCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The verification result.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TraceVerification"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/TraceCodeUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/trace/dispensations": {
      "post": {
        "operationId": "createDispensation",
        "tags": [
          "trace"
        ],
        "summary": "Dispense a pack (only an active pack)",
        "description": "Marks the pack as dispensed at `location_id`. Idempotent with `Idempotency-Key`; a second\ndispense of the same pack (with another key) answers 409 `pack_not_active` with the\npack's current `pack_state`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "trace:dispense"
            ]
          },
          {
            "widgetSession": [
              "trace:dispense"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DispensationCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The dispensation.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Dispensation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/DispensationNotFound"
          },
          "409": {
            "$ref": "#/components/responses/DispensationConflict"
          },
          "422": {
            "$ref": "#/components/responses/TraceCodeUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/trace/dispensations/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/DispensationId"
          }
        }
      ],
      "get": {
        "operationId": "getDispensation",
        "tags": [
          "trace"
        ],
        "summary": "Retrieve a dispensation",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "trace:verify"
            ]
          },
          {
            "widgetSession": [
              "trace:dispense"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The dispensation.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Dispensation"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/trace/dispensations/{id}/reversal": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/DispensationId"
          }
        }
      ],
      "post": {
        "operationId": "reverseDispensation",
        "tags": [
          "trace"
        ],
        "summary": "Undo a dispense (within 10 days, at the same location)",
        "description": "Returns the pack to `active`. Refused with 409 `reversal_window_expired` after 10 days,\n`reversal_location_mismatch` at another location, `pack_not_reversible` for packs that are\nnow stolen, destroyed or recalled, and `already_reversed`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "trace:dispense"
            ]
          },
          {
            "widgetSession": [
              "trace:dispense"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DispensationReversalCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The dispensation, now reversed.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Dispensation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ReversalConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/coverage-checks": {
      "post": {
        "operationId": "createCoverageCheck",
        "tags": [
          "claims"
        ],
        "summary": "Check a policy's coverage on a date",
        "description": "Whether the policy is active on `service_date`, the deductible still to pay, co-insurance,\nthe annual limit left, the covered and excluded categories and, with `provider`, the hospital's\nnetwork status. With `items`, each item's category and whether it is covered. A read: nothing\nis written. An insurer's token sees only its own policies.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "coverage:read"
            ]
          },
          {
            "widgetSession": [
              "coverage:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CoverageCheckCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The coverage on that date.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CoverageCheck"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/ClaimsNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ClaimUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/claim-estimates": {
      "post": {
        "operationId": "createClaimEstimate",
        "tags": [
          "claims"
        ],
        "summary": "Estimate benefit and patient share (no write)",
        "description": "Adjudicates the draft as a claim would be today (deductible, co-insurance, limits, network,\nexclusions), per line and in total, without storing anything. Field and code issues are listed\n(`issues`) rather than refused, so a form can show an estimate while it is being filled in.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "coverage:read"
            ]
          },
          {
            "widgetSession": [
              "coverage:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClaimEstimateCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The estimate.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClaimEstimate"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/ClaimsNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ClaimUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/claims/validate": {
      "post": {
        "operationId": "validateClaim",
        "tags": [
          "claims"
        ],
        "summary": "Check a claim draft before submitting (no write)",
        "description": "Field and code checks, each issue with a stable `code`, a JSON pointer `path` into the draft\nand, where there is one, a `suggestion`: a superseded medication code → its current replacement\nand the date it changed; an unknown ICD-10 code → close matches. Every field is optional here so\na half-filled form can be checked; `valid` is true when no issue is an error.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "claims:write"
            ]
          },
          {
            "widgetSession": [
              "claims:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClaimDraft"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The issues found (possibly none).",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClaimValidation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/claims": {
      "post": {
        "operationId": "createClaim",
        "tags": [
          "claims"
        ],
        "summary": "Submit a claim (exactly once)",
        "description": "Creates a claim (`clm_…`) in `submitted`; the sandbox adjudicates it on the patient's (test)\nclock: `in_review` at once, then `approved`, `partially_approved` or `denied` within\n10 minutes, and an approved claim is `paid` within 30 minutes of submission (instantly for a\nfast-path policy). Retries with the same `Idempotency-Key` return the same claim; the same\ncontent under another key is a new claim denied as `duplicate` (`duplicate_of` names the\noriginal). A correction names the claim it replaces in `related_claim_id`: the original becomes\n`replaced`, never paid twice. Drafts with field errors (unknown ICD-10 code, unknown item code,\nservice date in the future …) are refused with 422 `claim_invalid` and the same `issues` as\n`POST /v1/claims/validate`; a superseded medication code is accepted but its line is denied\n`superseded_code` with the current code suggested.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "claims:write"
            ]
          },
          {
            "widgetSession": [
              "claims:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClaimCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The claim.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Claim"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/ClaimsNotFound"
          },
          "409": {
            "$ref": "#/components/responses/ClaimConflict"
          },
          "422": {
            "$ref": "#/components/responses/ClaimUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listClaims",
        "tags": [
          "claims"
        ],
        "summary": "List claims, newest first",
        "description": "Claims the caller may see (an insurer's token: claims on its own policies; a widget session: its\npatient's), optionally of one patient and in one status.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "claims:read"
            ]
          },
          {
            "widgetSession": [
              "claims:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "patient_id",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/PatientId"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ClaimStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of claims.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClaimList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/claims/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The claim id (`clm_…`).",
          "schema": {
            "$ref": "#/components/schemas/ClaimId"
          }
        }
      ],
      "get": {
        "operationId": "getClaim",
        "tags": [
          "claims"
        ],
        "summary": "Retrieve a claim",
        "description": "The claim with its status history and, once adjudicated, the adjudication per line and in total.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "claims:read"
            ]
          },
          {
            "widgetSession": [
              "claims:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The claim.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Claim"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/claims/{id}/cancel": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The claim id (`clm_…`).",
          "schema": {
            "$ref": "#/components/schemas/ClaimId"
          }
        }
      ],
      "post": {
        "operationId": "cancelClaim",
        "tags": [
          "claims"
        ],
        "summary": "Cancel a claim not yet adjudicated",
        "description": "Only while `submitted` or `in_review`; afterwards 409 `claim_not_cancellable` with the\nclaim's `claim_status`. Cancelling a cancelled claim returns it unchanged.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "claims:write"
            ]
          },
          {
            "widgetSession": [
              "claims:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The claim, now cancelled.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Claim"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ClaimConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/triage/parse": {
      "post": {
        "operationId": "parseTriageText",
        "tags": [
          "triage"
        ],
        "summary": "Map free text (English or Chinese) to symptom concepts",
        "description": "Finds the concepts a text mentions, with negation (\"no fever\", \"不发烧\"), common\nmisspellings and colloquial Chinese, plus the age and duration when stated. The concept\n`id`s are the ones interview questions use. Nothing is stored.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "triage:read"
            ]
          },
          {
            "widgetSession": [
              "triage:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TriageParseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The concepts found.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TriageParseResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/triage/interviews": {
      "post": {
        "operationId": "createTriageInterview",
        "tags": [
          "triage"
        ],
        "summary": "Start a triage interview",
        "description": "Give either `patient_id` (age and sex then come from the patient record; a widget session\nonly its own patient) or `age` and `sex`. A widget session that sends no `patient_id`\nstarts an interview owned by its patient. The complaint is screened for red flags at once:\nan emergency completes the interview immediately. Interviews hold no name, only the\npatient id. Completing emits `triage.completed`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "triage:write"
            ]
          },
          {
            "widgetSession": [
              "triage:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TriageInterviewCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The interview, with its first question or its result.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TriageInterview"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/TriageUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/triage/interviews/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TriageInterviewId"
          }
        }
      ],
      "get": {
        "operationId": "getTriageInterview",
        "tags": [
          "triage"
        ],
        "summary": "Retrieve a triage interview",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "triage:read"
            ]
          },
          {
            "widgetSession": [
              "triage:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The interview.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TriageInterview"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/triage/interviews/{id}/answers": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TriageInterviewId"
          }
        }
      ],
      "post": {
        "operationId": "answerTriageInterview",
        "tags": [
          "triage"
        ],
        "summary": "Answer the question of a step (or an earlier step, which is Back)",
        "description": "Answers the question asked at `step`. The current step answers the open question; an\nearlier step replaces that answer and drops every later one (Back). Each answer's `id`\nmust be an item of that step's question. A step after the current one (e.g. from a stale\ntab after Back) is refused with 409 `step_not_current` and the `current_step`; a completed\ninterview is final (409 `interview_completed`). Idempotent with `Idempotency-Key`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "triage:write"
            ]
          },
          {
            "widgetSession": [
              "triage:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TriageAnswerCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The interview, with its next question or its result.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TriageInterview"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/TriageInterviewConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/TriageUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/medications": {
      "get": {
        "operationId": "listMedications",
        "tags": [
          "prescriptions"
        ],
        "summary": "Search the medication catalogue",
        "description": "With `q`: catalogue entries matching an English or Chinese generic name, brand name,\ningredient or synonym, best match first, typo-tolerant (`ibuprofne` finds ibuprofen).\nEach entry then carries `match` (how it matched). Without `q`: the whole catalogue by id.\nCursor-paged like every list.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "medications:read"
            ]
          },
          {
            "widgetSession": [
              "medications:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "description": "Search text in English or Chinese (generic, brand or ingredient name).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of catalogue entries.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MedicationList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MedicationQueryInvalid"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/medications/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/MedicationId"
          }
        }
      ],
      "get": {
        "operationId": "getMedication",
        "tags": [
          "prescriptions"
        ],
        "summary": "Retrieve a catalogue entry",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "medications:read"
            ]
          },
          {
            "widgetSession": [
              "medications:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The catalogue entry.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Medication"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/MedicationNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/safety-checks": {
      "post": {
        "operationId": "createSafetyCheck",
        "tags": [
          "prescriptions"
        ],
        "summary": "Check proposed medications for a patient",
        "description": "Checks `medications` against each other, the patient's current medications, allergies,\nconditions, pregnancy, eGFR and age, and China's online-prescribing restrictions.\nMedications, allergies and conditions may be catalogue ids / ICD-10 codes or free text in\nEnglish or Chinese (`penicillin (anaphylaxis)`, `eGFR 25`, `妊娠早期`): `resolved` says what\neach input was understood as, `unresolved` lists what matched nothing (never dropped), and\n`notices` state what the record lacks (`no_allergies_recorded` is not \"safe\").\nWith `patient_id` the patient's allergies, conditions, sex and age on record are used\ntoo (their `resolved` fields point into `/patient_record/...`); a widget session may name\nonly its own patient (404 otherwise). `outcome` is `blocked` when an alert is\ncontraindicated, `warning` when any alert is raised, else `ready`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "safety_checks:write"
            ]
          },
          {
            "widgetSession": [
              "safety_checks:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SafetyCheckCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The safety check.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SafetyCheck"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/SafetyCheckPatientNotFound"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions": {
      "post": {
        "operationId": "createPrescription",
        "tags": [
          "prescriptions"
        ],
        "summary": "Create a draft e-prescription",
        "description": "A draft `rx_…` for one medication, checked at once against China's online-prescribing\nrules (422 with a stable code): only after a follow-up visit (`visit_type: follow_up`) with\na prior diagnosis on record (`prior_diagnosis`, or the `consultation_id` of the visit that\nholds it) — `first_visit_not_allowed`, `prior_diagnosis_required`; no narcotic or\npsychotropic drugs — `controlled_drug_not_allowed_online`; valid on the day issued, at most\n3 days when extended — `validity_exceeds_limit`; at most 7 days' supply, or 12 weeks (84\ndays) for a stable chronic patient with the reason in `extended_supply.reason` —\n`days_supply_exceeds_limit`. An unknown `medication_id` is `unknown_medication`. Signing\nis a separate step that needs a doctor's credential.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The draft prescription.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "422": {
            "$ref": "#/components/responses/PrescriptionRuleViolation"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listPrescriptions",
        "tags": [
          "prescriptions"
        ],
        "summary": "List prescriptions, newest first",
        "description": "Filtered by `patient_id` and/or `status`. A widget session lists only its own patient's\nprescriptions (another `patient_id` is 404).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:read"
            ]
          },
          {
            "widgetSession": [
              "prescriptions:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "patient_id",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/PatientId"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/PrescriptionStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of prescriptions.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PrescriptionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "get": {
        "operationId": "getPrescription",
        "tags": [
          "prescriptions"
        ],
        "summary": "Retrieve a prescription",
        "description": "A prescription whose validity ended before it was dispensed reads as `expired`. A widget\nsession sees only its own patient's prescriptions (404 otherwise).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:read"
            ]
          },
          {
            "widgetSession": [
              "prescriptions:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The prescription.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}/sign": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "post": {
        "operationId": "signPrescription",
        "tags": [
          "prescriptions"
        ],
        "summary": "Sign a draft prescription (a doctor's credential only)",
        "description": "Only a doctor's secret key signs (403 `prescriber_credential_required` for any other key;\nwidget sessions and OAuth client credentials are refused with `credential_not_allowed`).\nDrug-safety checks run against the patient's record and current prescriptions: a\ncontraindicated alert blocks (422 `safety_check_blocked`); a major or moderate alert needs\n`override_reason` (422 `override_reason_required`), stored with who and when. The signed\nprescription goes to pharmacist review (`pharmacist_review`); its validity starts now.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionSign"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The signed prescription, in pharmacist review.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/PrescriptionConflict"
          },
          "422": {
            "$ref": "#/components/responses/PrescriptionSignRefused"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}/cancel": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "post": {
        "operationId": "cancelPrescription",
        "tags": [
          "prescriptions"
        ],
        "summary": "Cancel a prescription",
        "description": "Cancels a prescription that is not final (`completed`, `cancelled`, `expired`, `rejected`\nare 409 `prescription_final`). Remaining repeats are void.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionCancel"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The cancelled prescription.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/PrescriptionConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}/dispense": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "post": {
        "operationId": "dispensePrescription",
        "tags": [
          "prescriptions"
        ],
        "summary": "Dispense an approved prescription (real-name check)",
        "description": "Records a fill at the pharmacy after the real-name check: the patient's China resident ID\nnumber is validated (18 characters, ISO 7064 MOD 11-2 check character, embedded birth\ndate — 422 `invalid_resident_id`), must match the patient's birth date\n(`identity_mismatch`) and the document must not have expired\n(`identity_document_expired`). Only an `approved` (or already `dispensed`, for a repeat)\nprescription within its validity can be dispensed (409 `prescription_not_dispensable`,\n`prescription_expired`); a repeat before 75% of the previous supply has elapsed is 409\n`refill_too_soon`, with no repeats left `renewal_needed`. The last fill completes it.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionDispense"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The prescription with the new fill.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/RefillConflict"
          },
          "422": {
            "$ref": "#/components/responses/IdentityCheckFailed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}/refill-status": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "get": {
        "operationId": "getPrescriptionRefillStatus",
        "tags": [
          "prescriptions"
        ],
        "summary": "Where a prescription stands for its next refill",
        "description": "At the patient's time (their test clock): `too_soon` before the earliest refill date (75%\nof the current supply elapsed, early refills carried over), `eligible` from then,\n`due` within 3 days of running out, `overdue` after the supply ran out, `renewal_needed`\nwhen no repeats remain or the prescription is cancelled, rejected or expired (book a\nfollow-up visit). A prescription not dispensed yet is 409 `prescription_not_dispensed`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:read"
            ]
          },
          {
            "widgetSession": [
              "prescriptions:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The refill status.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefillStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/RefillConflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescriptions/{id}/refill-calendar.ics": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "get": {
        "operationId": "getPrescriptionRefillCalendar",
        "tags": [
          "prescriptions"
        ],
        "summary": "Download the refill reminders as an iCalendar feed",
        "description": "An RFC 5545 calendar in the patient's language: one VEVENT at 09:00 in the patient's\n`time_zone` (times carry `TZID`, with the zone's VTIMEZONE) on each day a refill becomes\n`due` — the current supply's, then one per remaining repeat assuming each is refilled when\ndue — and a last one to book a renewal visit before the final supply runs out. Each has a\nVALARM the day before and a UID stable per supply (`<id>-supply-<n>@apotheca.example`), so\nimporting it again updates rather than duplicates. Nothing beyond what was prescribed.\nA prescription not dispensed yet is 409 `prescription_not_dispensed`; a cancelled,\nrejected or expired one has no reminders (an empty calendar).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:read"
            ]
          },
          {
            "widgetSession": [
              "prescriptions:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The calendar.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "text/calendar": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/RefillConflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/refill-requests": {
      "post": {
        "operationId": "createRefillRequest",
        "tags": [
          "prescriptions"
        ],
        "summary": "Request a refill (delivered)",
        "description": "Fills the next repeat and ships it to `delivery_address` (`status: accepted`). Refused\nwith 409 `refill_too_soon` (with `earliest_refill_date`) before 75% of the supply has\nelapsed and `renewal_needed` when no repeats remain or the prescription is no longer valid\n(book a follow-up visit). For an essential medicine prescribed for a chronic condition, a\ndelivery address this patient has never used is held (`status: address_change_review`,\nnothing filled) until the request is repeated with `confirm_new_address: true`.\nIdempotent; two concurrent requests for one prescription fill once.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "refill_requests:write"
            ]
          },
          {
            "widgetSession": [
              "refill_requests:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefillRequestCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The refill request (accepted, or held for address confirmation).",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefillRequest"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/RefillConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/patients/{id}/adherence": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PatientId"
          }
        }
      ],
      "get": {
        "operationId": "getPatientAdherence",
        "tags": [
          "prescriptions"
        ],
        "summary": "A patient's adherence (PDC) per medication over a period",
        "description": "Proportion of days covered with the PQA rules: the period runs from the first fill in it\n(or before it, still covering it) to `to`; an early fill's days are shifted to after the\nprevious supply ends; supply past `to` is not counted; adherent at ≥ 80%. `from`/`to`\ndefault to the 180 days ending today (the patient's time); `to` before `from` is 400\n`invalid_period`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescriptions:read"
            ]
          },
          {
            "widgetSession": [
              "prescriptions:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The adherence report.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Adherence"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/test-helpers/prescriptions/{id}/review": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      ],
      "post": {
        "operationId": "reviewPrescription",
        "tags": [
          "test-helpers"
        ],
        "summary": "Play the pharmacist (sandbox only)",
        "description": "Approves or rejects a prescription in `pharmacist_review` (409 `prescription_not_in_review`\notherwise). A rejection needs `reason`. Secret keys only.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionReview"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The reviewed prescription.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Prescription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/PrescriptionConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescription-uploads": {
      "post": {
        "operationId": "createPrescriptionUpload",
        "tags": [
          "prescriptions"
        ],
        "summary": "Upload a photo of a paper prescription",
        "description": "Multipart, like `POST /v1/files`: the photo (`file`, PNG or baseline JPEG, ≤ 10 MB) and\n`patient_id`, optionally `consultation_id` and `note`. The sandbox decodes the photo and\nruns the same photo-quality check the widgets run on the device: a photo that fails is\n422 `photo_quality_insufficient` with each issue (`too_small`, `too_dark`, `too_bright`,\n`blurry`, `cut_off`) and nothing is stored. Another format is 415\n`unsupported_image_format`; bytes that do not decode are 422 `image_undecodable`. A good\nphoto becomes a `pu_…` in `pending_review` for the pharmacist. A widget session uploads\nonly for its own patient.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescription_uploads:write"
            ]
          },
          {
            "widgetSession": [
              "prescription_uploads:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionUploadCreate"
              },
              "encoding": {
                "file": {
                  "contentType": "image/png, image/jpeg"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The upload, waiting for the pharmacist's review.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PrescriptionUpload"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/PhotoQualityInsufficient"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listPrescriptionUploads",
        "tags": [
          "prescriptions"
        ],
        "summary": "List prescription uploads, newest first",
        "description": "Filtered by `patient_id` and/or `status`. A widget session lists only its own patient's\nuploads (another `patient_id` is 404).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescription_uploads:read"
            ]
          },
          {
            "widgetSession": [
              "prescription_uploads:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "patient_id",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/PatientId"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/PrescriptionUploadStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of uploads.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PrescriptionUploadList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/prescription-uploads/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionUploadId"
          }
        }
      ],
      "get": {
        "operationId": "getPrescriptionUpload",
        "tags": [
          "prescriptions"
        ],
        "summary": "Retrieve a prescription upload and its review",
        "description": "A widget session sees only its own patient's uploads (404 otherwise).",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "prescription_uploads:read"
            ]
          },
          {
            "widgetSession": [
              "prescription_uploads:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The upload.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PrescriptionUpload"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/test-helpers/prescription-uploads/{id}/review": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/PrescriptionUploadId"
          }
        }
      ],
      "post": {
        "operationId": "reviewPrescriptionUpload",
        "tags": [
          "test-helpers"
        ],
        "summary": "Play the pharmacist on an uploaded photo (sandbox only)",
        "description": "`approve` transcribes the photo (`transcribed`, optionally linking the `prescription_id`\nit was transcribed into); `reject` needs `reason` (`rejected`). Only an upload in\n`pending_review` can be reviewed (409 `prescription_upload_not_pending`). Emits\n`prescription_upload.reviewed`. Secret keys only.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PrescriptionUploadReview"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The reviewed upload.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PrescriptionUpload"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/PrescriptionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/test-helpers/test-clocks": {
      "post": {
        "operationId": "createTestClock",
        "tags": [
          "test-helpers"
        ],
        "summary": "Create a test clock (sandbox only)",
        "description": "A clock frozen at `frozen_time`. Patients created with `test_clock` (and everything that\nbelongs to them) live at the clock's time instead of the platform's; advancing the clock\nmoves only them. Secret keys only.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TestClockCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The clock.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TestClock"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/test-helpers/test-clocks/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TestClockId"
          }
        }
      ],
      "get": {
        "operationId": "getTestClock",
        "tags": [
          "test-helpers"
        ],
        "summary": "Retrieve a test clock",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The clock.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TestClock"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "delete": {
        "operationId": "deleteTestClock",
        "tags": [
          "test-helpers"
        ],
        "summary": "Delete a test clock",
        "description": "Deletes the clock. Objects that were attached to it keep their timestamps and from then\non follow the platform's time.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The clock was deleted.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedObject"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/test-helpers/test-clocks/{id}/advance": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TestClockId"
          }
        }
      ],
      "post": {
        "operationId": "advanceTestClock",
        "tags": [
          "test-helpers"
        ],
        "summary": "Move a test clock forward",
        "description": "Sets the clock to `frozen_time`, which must be later than its current `frozen_time`\n(400 `invalid_frozen_time` otherwise). Time rules of the clock's objects (e.g. the 10-day\ndispense reversal window) are then judged at the new time, work that became due runs\nbefore the response, and a `test_helpers.test_clock.advanced` event is emitted.\n",
        "security": [
          {
            "secretKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TestClockAdvance"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The clock at its new time.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TestClock"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/doctors": {
      "get": {
        "operationId": "listDoctors",
        "tags": [
          "consultations"
        ],
        "summary": "List doctors",
        "description": "The seeded doctors (see docs/testing/sandbox.md), filtered by department, spoken language\nand consultation type, in a stable order.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "department",
            "in": "query",
            "required": false,
            "description": "Only doctors of this department.",
            "schema": {
              "$ref": "#/components/schemas/DoctorDepartment"
            }
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "description": "Only doctors who speak this language.",
            "schema": {
              "$ref": "#/components/schemas/Locale"
            }
          },
          {
            "name": "consultation_type",
            "in": "query",
            "required": false,
            "description": "Only doctors who offer this type.",
            "schema": {
              "$ref": "#/components/schemas/ConsultationType"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of doctors.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DoctorList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/doctors/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The doctor id (`doc_…`).",
          "schema": {
            "$ref": "#/components/schemas/DoctorId"
          }
        }
      ],
      "get": {
        "operationId": "getDoctor",
        "tags": [
          "consultations"
        ],
        "summary": "Retrieve a doctor",
        "description": "A doctor with their weekly schedule (in the doctor's own time zone).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The doctor.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Doctor"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/doctors/{id}/slots": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The doctor id (`doc_…`).",
          "schema": {
            "$ref": "#/components/schemas/DoctorId"
          }
        }
      ],
      "get": {
        "operationId": "listDoctorSlots",
        "tags": [
          "consultations"
        ],
        "summary": "List a doctor's free slots",
        "description": "Free slots between `from` and `to` (at most 31 days apart; default: the next 7 days),\ncomputed from the doctor's weekly schedule in the doctor's IANA time zone (so a 09:00 London\nslot stays at 09:00 London across daylight-saving changes), minus booked ones, grouped by\nlocal date in `time_zone` (default: the doctor's zone). Times carry their UTC offset in that\nzone. Errors: 400 `invalid_time_zone`, 400 `invalid_range`, 404 `resource_not_found`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "Start of the window (default: now).",
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "End of the window (default: `from` + 7 days).",
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          },
          {
            "name": "time_zone",
            "in": "query",
            "required": false,
            "description": "The IANA zone to group and express slots in, e.g. `Asia/Shanghai`.",
            "schema": {
              "$ref": "#/components/schemas/TimeZone"
            }
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The free slots.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DoctorSlots"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations": {
      "post": {
        "operationId": "createConsultation",
        "tags": [
          "consultations"
        ],
        "summary": "Book a consultation",
        "description": "Books a text or video consultation with a doctor. A video consultation needs `slot_start`\n(one of the doctor's free slots); a text consultation without one starts now and stays open\nfor 48 hours. Idempotent with `Idempotency-Key`; a slot already booked answers 409\n`slot_unavailable` (of many concurrent bookings of one slot exactly one succeeds). The sandbox\nplays the doctor: the consultation is accepted shortly after and the doctor answers the\npatient's first message (see docs/testing/sandbox.md). Errors: 404 `resource_not_found`\n(patient, doctor, file); 409 `slot_unavailable`, `consultation_type_not_offered`; 422\n`slot_required`, `invalid_slot`, `slot_in_past`, `invalid_time_zone`, `idempotency_key_reused`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:write"
            ]
          },
          {
            "widgetSession": [
              "consultations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConsultationCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The consultation.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Consultation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConsultationConflict"
          },
          "422": {
            "$ref": "#/components/responses/ConsultationUnprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "listConsultations",
        "tags": [
          "consultations"
        ],
        "summary": "List consultations",
        "description": "Newest first. A widget session sees only its own patient's consultations (another\n`patient_id` answers 404).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "patient_id",
            "in": "query",
            "required": false,
            "description": "Only this patient's consultations.",
            "schema": {
              "$ref": "#/components/schemas/PatientId"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only consultations in this status.",
            "schema": {
              "$ref": "#/components/schemas/ConsultationStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of consultations.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_…`).",
          "schema": {
            "$ref": "#/components/schemas/ConsultationId"
          }
        }
      ],
      "get": {
        "operationId": "getConsultation",
        "tags": [
          "consultations"
        ],
        "summary": "Retrieve a consultation",
        "description": "Status, schedule (UTC and both parties' local times) and status history.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The consultation.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Consultation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations/{id}/cancel": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_…`).",
          "schema": {
            "$ref": "#/components/schemas/ConsultationId"
          }
        }
      ],
      "post": {
        "operationId": "cancelConsultation",
        "tags": [
          "consultations"
        ],
        "summary": "Cancel a consultation",
        "description": "Cancels a `requested` or `accepted` consultation and frees its slot. Errors: 409\n`consultation_not_cancellable` (with the current `consultation_status`).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:write"
            ]
          },
          {
            "widgetSession": [
              "consultations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConsultationCancel"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The cancelled consultation.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Consultation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConsultationConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations/{id}/video-join": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_…`).",
          "schema": {
            "$ref": "#/components/schemas/ConsultationId"
          }
        }
      ],
      "post": {
        "operationId": "createVideoJoin",
        "tags": [
          "consultations"
        ],
        "summary": "Join a video consultation",
        "description": "A join descriptor for one participant of one video consultation, valid from 10 minutes\nbefore the slot until its end. Joining starts the consultation (`in_progress`). Errors: 409\n`too_early` (with `joinable_from`), `ended`, `consultation_not_joinable` (not a video\nconsultation, cancelled, not yet accepted).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:write"
            ]
          },
          {
            "widgetSession": [
              "consultations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VideoJoinCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The join descriptor.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VideoJoin"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConsultationConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations/{id}/calendar.ics": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_…`).",
          "schema": {
            "$ref": "#/components/schemas/ConsultationId"
          }
        }
      ],
      "get": {
        "operationId": "getConsultationCalendar",
        "tags": [
          "consultations"
        ],
        "summary": "Download the consultation as an iCalendar event",
        "description": "An RFC 5545 calendar with one VEVENT whose times carry `TZID` (the patient's zone) with its\nVTIMEZONE, never floating local times, and a VALARM 15 minutes before. Errors: 409\n`consultation_not_scheduled` for a text consultation without a slot.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The calendar.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "text/calendar": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConsultationConflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/v1/consultations/{id}/messages": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_…`).",
          "schema": {
            "$ref": "#/components/schemas/ConsultationId"
          }
        }
      ],
      "get": {
        "operationId": "listConsultationMessages",
        "tags": [
          "consultations"
        ],
        "summary": "List a consultation's messages",
        "description": "Oldest first: the patient's and the doctor's messages, including attachment requests.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:read"
            ]
          },
          {
            "widgetSession": [
              "consultations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationMessageList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "post": {
        "operationId": "createConsultationMessage",
        "tags": [
          "consultations"
        ],
        "summary": "Send a message to the doctor",
        "description": "Text and/or file attachments (ids from `POST /v1/files`). Answering an\n`attachment_request` names it in `in_reply_to`. Errors: 409 `consultation_closed`;\n404 `resource_not_found` (consultation, file).\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "oauth2": [
              "consultations:write"
            ]
          },
          {
            "widgetSession": [
              "consultations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/ApothecaVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConsultationMessageCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The message.",
            "headers": {
              "Apotheca-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationMessage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConsultationConflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "default": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    }
  },
  "webhooks": {
    "event": {
      "post": {
        "operationId": "receiveEvent",
        "tags": [
          "webhooks"
        ],
        "summary": "An event delivered to your webhook endpoint",
        "description": "Signed per Standard Webhooks: `webhook-id`, `webhook-timestamp` (Unix seconds) and\n`webhook-signature: v1,<base64 HMAC-SHA256 of \"{id}.{timestamp}.{body}\">` keyed with the\nendpoint secret (the bytes after `whsec_`, base64-decoded). Deliveries are retried with\nbackoff until your endpoint answers 2xx.\n",
        "security": [],
        "parameters": [
          {
            "name": "webhook-id",
            "in": "header",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "webhook-timestamp",
            "in": "header",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "webhook-signature",
            "in": "header",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Event"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledged. Any 2xx ends retries."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "secretKey": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "sk_test_…",
        "description": "A secret API key for servers. Never send it from a browser."
      },
      "oauth2": {
        "type": "oauth2",
        "description": "OAuth 2.0 client credentials, for insurers' servers.",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "/v1/oauth/token",
            "scopes": {
              "patients:read": "Read patients",
              "patients:write": "Create and update patients",
              "files:write": "Upload files",
              "trace:verify": "Verify packs",
              "trace:dispense": "Dispense packs and reverse dispensations",
              "claims:read": "Read claims",
              "claims:write": "Submit, validate and cancel claims",
              "coverage:read": "Check coverage and estimate claims",
              "triage:read": "Parse symptom text and read triage interviews",
              "triage:write": "Start and answer triage interviews",
              "medications:read": "Search and read the medication catalogue",
              "safety_checks:write": "Run drug-safety checks",
              "prescriptions:read": "Read prescriptions, their refill status and patients' adherence",
              "prescriptions:write": "Create draft prescriptions and cancel prescriptions",
              "refill_requests:write": "Request refills of a prescription",
              "prescription_uploads:write": "Upload photos of paper prescriptions",
              "prescription_uploads:read": "Read uploaded prescription photos and their review",
              "consultations:read": "Read doctors, slots, consultations and their messages",
              "consultations:write": "Book, cancel and join consultations, send messages"
            }
          }
        }
      },
      "widgetSession": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "wst_…",
        "description": "A short-lived widget session token minted by `POST /v1/widget-sessions`."
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Any unique string of up to 255 characters; the SDK sends a UUID and reuses it across retries.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        }
      },
      "ApothecaVersion": {
        "name": "Apotheca-Version",
        "in": "header",
        "required": false,
        "description": "The API version the client was written against.",
        "schema": {
          "type": "string",
          "enum": [
            "2026-11-01"
          ]
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "The `next_cursor` of the previous page.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 512
        }
      }
    },
    "headers": {
      "RequestId": {
        "description": "The id of this request; quote it to support.",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^req_[A-Za-z0-9_]+$"
        }
      },
      "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      "ShouldRetry": {
        "description": "Whether sending the same request again (with the same `Idempotency-Key`) may succeed:\n`true` for a failure that may clear (a lock held by another request, a request with this\nkey still in progress, a transient outage), `false` when it never will (a domain conflict\nsuch as `pack_not_active`, a validation error). Clients follow it over their status-based\ndefault; without it they decide by status.\n",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed or fails validation.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid credentials.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The credentials lack a scope or may not see this resource.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource (or route).",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "description": "The resource's state does not allow this.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than the limit.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body's content type is not accepted here.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unprocessable": {
        "description": "Well-formed but cannot be processed (e.g. `idempotency_key_reused`).",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited; retry after `Retry-After` seconds.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Problem": {
        "description": "Any other error (e.g. 400, 403, 413, 415, 500), as problem+json.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "TraceCodeUnprocessable": {
        "description": "The code cannot be read (`invalid_trace_code`, with `position` and `ai` and one field error\nwhose `code` is the parser's), or another unprocessable request (`idempotency_key_reused`).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/TraceCodeProblem"
            }
          }
        }
      },
      "DispensationNotFound": {
        "description": "`pack_not_found`: no registered pack has this code (`trace_status` says why, e.g.\n`secondary_verification_required` for an unmapped foreign serial), or\n`resource_not_found` for an unknown `patient_id`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/DispensationNotFoundProblem"
            }
          }
        }
      },
      "DispensationConflict": {
        "description": "The pack cannot be dispensed: `pack_not_active` (already dispensed, recalled, stolen …),\n`pack_expired` or `pack_not_dispensable` (e.g. a possible clone). `pack_state`,\n`trace_status` and `alert_codes` say why.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/DispensationConflictProblem"
            }
          }
        }
      },
      "ReversalConflict": {
        "description": "The dispense cannot be undone: `already_reversed`, `reversal_location_mismatch`,\n`reversal_window_expired` (after 10 days) or `pack_not_reversible` (the pack is now\nstolen, destroyed or recalled).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ReversalConflictProblem"
            }
          }
        }
      },
      "ClaimsNotFound": {
        "description": "`resource_not_found`: the patient, policy or related claim does not exist or the caller\nmay not see it (a policy of another patient is not found either).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ClaimsNotFoundProblem"
            }
          }
        }
      },
      "ClaimConflict": {
        "description": "`claim_not_cancellable` (already adjudicated, paid or replaced) or\n`related_claim_not_replaceable` (the claim named in `related_claim_id` is paid, cancelled,\nalready replaced or of another patient or policy); `claim_status` says why.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ClaimConflictProblem"
            }
          }
        }
      },
      "ClaimUnprocessable": {
        "description": "`claim_invalid`: the draft has errors (`issues` lists them as `POST /v1/claims/validate`\ndoes, `errors` as field errors), or `idempotency_key_reused`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ClaimInvalidProblem"
            }
          }
        }
      },
      "TriageUnprocessable": {
        "description": "`unknown_concept` (an evidence or answer id that is no concept), `answer_not_in_question`\n(a concept the step's question did not ask), `duplicate_answer`, `demographics_required`\n(no `patient_id` and no `age`/`sex`), `patient_demographics_conflict` (`age` or a different\n`sex` sent with `patient_id`), `sex_required` (the patient record's sex is not female or\nmale), `invalid_age`, or `idempotency_key_reused`. `errors[]` points at the fields.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/TriageUnprocessableProblem"
            }
          }
        }
      },
      "TriageInterviewConflict": {
        "description": "`step_not_current`: the step is after the current one (`current_step` says which is open);\n`interview_completed`: the interview has its result and takes no more answers.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/TriageInterviewConflictProblem"
            }
          }
        }
      },
      "PhotoQualityInsufficient": {
        "description": "`photo_quality_insufficient`: the photo failed the quality check; `issues` lists each\nproblem with the measured value and its threshold, and nothing was stored. Or\n`image_undecodable` (the bytes are not a valid PNG/JPEG), `file_empty`, or\n`idempotency_key_reused`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PhotoQualityProblem"
            }
          }
        }
      },
      "PrescriptionNotFound": {
        "description": "`resource_not_found`: no prescription (or patient) with this id that the caller may see (a\nwidget session sees only its own patient's).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PrescriptionNotFoundProblem"
            }
          }
        }
      },
      "PrescriptionRuleViolation": {
        "description": "The draft breaks an online-prescribing rule (`first_visit_not_allowed`,\n`prior_diagnosis_required`, `controlled_drug_not_allowed_online`,\n`days_supply_exceeds_limit`, `validity_exceeds_limit`), names an `unknown_medication`, or\n`idempotency_key_reused`. `limit` carries the rule's bound when there is one.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PrescriptionRuleProblem"
            }
          }
        }
      },
      "PrescriptionSignRefused": {
        "description": "`safety_check_blocked` (a contraindicated alert) or `override_reason_required` (a major or\nmoderate alert without `override_reason`); `safety_check` holds the alerts. Or\n`idempotency_key_reused`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PrescriptionSignProblem"
            }
          }
        }
      },
      "PrescriptionConflict": {
        "description": "The prescription's `status` does not allow this: `prescription_not_draft` (sign),\n`prescription_not_in_review` (review), `prescription_final` (cancel).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PrescriptionConflictProblem"
            }
          }
        }
      },
      "RefillConflict": {
        "description": "No fill now: `refill_too_soon` (with `earliest_refill_date`), `renewal_needed` (with\n`renewal_reason`; book a follow-up visit), `prescription_not_dispensed` (no first fill yet),\n`prescription_not_dispensable` (not approved) or `prescription_expired` (validity ended\nbefore the first fill).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/RefillConflictProblem"
            }
          }
        }
      },
      "IdentityCheckFailed": {
        "description": "The real-name check failed: `invalid_resident_id` (`reason` says which part),\n`identity_mismatch` (the number's birth date is not the patient's) or\n`identity_document_expired` (with `expires_on`). Or `idempotency_key_reused`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/IdentityProblem"
            }
          }
        }
      },
      "MedicationQueryInvalid": {
        "description": "`validation_failed` (e.g. an empty `q`, a `limit` over 100) or `invalid_cursor` (a cursor\nthis API did not issue, or one issued for another `q`).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/MedicationQueryProblem"
            }
          }
        }
      },
      "MedicationNotFound": {
        "description": "`resource_not_found`: no catalogue entry has this id.",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/MedicationNotFoundProblem"
            }
          }
        }
      },
      "SafetyCheckPatientNotFound": {
        "description": "`resource_not_found`: `patient_id` names no patient the caller may see (a widget session\nsees only its own).\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/SafetyCheckNotFoundProblem"
            }
          }
        }
      },
      "ConsultationConflict": {
        "description": "The consultation's or slot's state does not allow this: `slot_unavailable`,\n`consultation_type_not_offered`, `consultation_not_cancellable`, `too_early`, `ended`,\n`consultation_not_joinable`, `consultation_not_scheduled`, `consultation_closed`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ConsultationConflictProblem"
            }
          }
        }
      },
      "ConsultationUnprocessable": {
        "description": "The booking cannot be processed: `slot_required` (video needs a slot), `invalid_slot`\n(not a slot of the doctor's schedule), `slot_in_past`, `invalid_time_zone`, or\n`idempotency_key_reused`.\n",
        "headers": {
          "Apotheca-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Apotheca-Should-Retry": {
            "$ref": "#/components/headers/ShouldRetry"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ConsultationUnprocessableProblem"
            }
          }
        }
      }
    },
    "schemas": {
      "Problem": {
        "type": "object",
        "description": "An RFC 9457 problem detail. Domains extend it (`allOf`) with their own members and the\ncodes each operation answers with, e.g. the trace domain's `DispensationConflictProblem`.\n",
        "required": [
          "type",
          "title",
          "status",
          "code",
          "request_id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "A URI naming the problem type.",
            "examples": [
              "https://docs.apotheca.example/errors/validation_failed"
            ]
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "code": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "description": "A stable snake_case error code."
          },
          "request_id": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProblemFieldError"
            }
          }
        },
        "additionalProperties": true
      },
      "ProblemFieldError": {
        "type": "object",
        "required": [
          "path",
          "code",
          "message"
        ],
        "properties": {
          "path": {
            "type": "string",
            "description": "A JSON pointer (RFC 6901) into the request, e.g. `/body/birth_date` or `/query/limit`."
          },
          "code": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "Money": {
        "type": "object",
        "required": [
          "amount",
          "currency"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "description": "Integer minor units (fen, cents)."
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "description": "ISO 4217 code."
          }
        }
      },
      "Locale": {
        "type": "string",
        "enum": [
          "zh-CN",
          "en"
        ]
      },
      "LocalizedText": {
        "type": "object",
        "required": [
          "en",
          "zh-CN"
        ],
        "properties": {
          "en": {
            "type": "string"
          },
          "zh-CN": {
            "type": "string"
          }
        }
      },
      "TimeZone": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$",
        "description": "An IANA time zone name, e.g. `Asia/Shanghai`, `Europe/London`.",
        "examples": [
          "Asia/Shanghai"
        ]
      },
      "Metadata": {
        "type": "object",
        "description": "Up to 20 string keys and values of your own.",
        "maxProperties": 20,
        "additionalProperties": {
          "type": "string",
          "maxLength": 500
        }
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "RFC 3339, UTC."
      },
      "Scope": {
        "type": "string",
        "enum": [
          "patients:read",
          "patients:write",
          "files:write",
          "trace:verify",
          "trace:dispense",
          "claims:read",
          "claims:write",
          "coverage:read",
          "triage:read",
          "triage:write",
          "medications:read",
          "safety_checks:write",
          "prescriptions:read",
          "prescriptions:write",
          "refill_requests:write",
          "prescription_uploads:write",
          "prescription_uploads:read",
          "consultations:read",
          "consultations:write"
        ]
      },
      "EventType": {
        "type": "string",
        "enum": [
          "patient.created",
          "patient.updated",
          "file.created",
          "trace.alert",
          "trace.dispensed",
          "trace.dispense_reversed",
          "claim.submitted",
          "claim.adjudicated",
          "claim.paid",
          "claim.cancelled",
          "triage.completed",
          "prescription.signed",
          "prescription.approved",
          "prescription.rejected",
          "prescription.dispensed",
          "prescription.cancelled",
          "refill_request.created",
          "refill.due",
          "prescription_upload.reviewed",
          "test_helpers.test_clock.advanced",
          "consultation.requested",
          "consultation.accepted",
          "consultation.in_progress",
          "consultation.completed",
          "consultation.cancelled",
          "consultation.missed",
          "consultation.reminder",
          "consultation.message_created"
        ]
      },
      "DeletedObject": {
        "type": "object",
        "required": [
          "id",
          "object",
          "deleted"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string"
          },
          "deleted": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status",
          "api_version",
          "time"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "api_version": {
            "type": "string"
          },
          "time": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "OAuthTokenRequest": {
        "type": "object",
        "required": [
          "grant_type",
          "client_id",
          "client_secret"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "enum": [
              "client_credentials"
            ]
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "x-sensitive": true,
            "type": "string"
          },
          "scope": {
            "type": "string",
            "description": "Space-separated scopes; defaults to all the client's scopes."
          }
        }
      },
      "OAuthToken": {
        "type": "object",
        "required": [
          "access_token",
          "token_type",
          "expires_in",
          "scope"
        ],
        "properties": {
          "access_token": {
            "x-sensitive": true,
            "type": "string"
          },
          "token_type": {
            "type": "string",
            "enum": [
              "Bearer"
            ]
          },
          "expires_in": {
            "type": "integer"
          },
          "scope": {
            "type": "string"
          }
        }
      },
      "WidgetSessionCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "scopes",
          "allowed_origin"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "scopes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "allowed_origin": {
            "type": "string",
            "format": "uri",
            "pattern": "^https?://[^/]+$",
            "description": "The exact origin of the page that embeds the widget: `http` or `https`, a host name\n(RFC 1123; IDNA A-labels for other scripts) or IP literal, and an optional port\n1–65535; no userinfo, path, query or fragment. Anything else is a 400 with\n`errors[].path` `/body/allowed_origin` (`invalid_origin`); nothing is rewritten except\ncase and the scheme's default port.\n"
          },
          "ttl_seconds": {
            "type": "integer",
            "minimum": 60,
            "maximum": 900,
            "default": 900
          }
        }
      },
      "WidgetSession": {
        "type": "object",
        "required": [
          "id",
          "object",
          "token",
          "patient_id",
          "scopes",
          "allowed_origin",
          "expires_at",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^ws_[A-Za-z0-9_]+$"
          },
          "object": {
            "type": "string",
            "const": "widget_session"
          },
          "token": {
            "x-sensitive": true,
            "type": "string",
            "pattern": "^wst_[A-Za-z0-9_]+$"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "allowed_origin": {
            "type": "string"
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PatientId": {
        "type": "string",
        "pattern": "^pat_[A-Za-z0-9_]+$"
      },
      "Sex": {
        "type": "string",
        "enum": [
          "female",
          "male",
          "other",
          "unknown"
        ]
      },
      "Allergy": {
        "type": "object",
        "required": [
          "substance"
        ],
        "additionalProperties": false,
        "properties": {
          "substance": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "The substance or class, e.g. `penicillin`, `sulfonamide antibiotics`."
          },
          "reaction": {
            "type": "string",
            "maxLength": 500
          },
          "severity": {
            "type": "string",
            "enum": [
              "mild",
              "moderate",
              "severe"
            ]
          }
        }
      },
      "Condition": {
        "type": "object",
        "required": [
          "name"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string",
            "pattern": "^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$",
            "description": "ICD-10 code."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        }
      },
      "PatientCreate": {
        "type": "object",
        "required": [
          "name",
          "birth_date"
        ],
        "additionalProperties": false,
        "properties": {
          "name": {
            "x-sensitive": true,
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "birth_date": {
            "x-sensitive": true,
            "type": "string",
            "format": "date"
          },
          "sex": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/Sex"
          },
          "allergies": {
            "x-sensitive": true,
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Allergy"
            }
          },
          "conditions": {
            "x-sensitive": true,
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Condition"
            }
          },
          "preferred_locale": {
            "$ref": "#/components/schemas/Locale"
          },
          "time_zone": {
            "$ref": "#/components/schemas/TimeZone",
            "description": "The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`\nreach them at 09:00 in it, and calendar feeds carry it as TZID.\n"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "test_clock": {
            "$ref": "#/components/schemas/TestClockId",
            "description": "Sandbox only. Attach the patient to a test clock (secret keys only)."
          }
        }
      },
      "PatientUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "x-sensitive": true,
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "birth_date": {
            "x-sensitive": true,
            "type": "string",
            "format": "date"
          },
          "sex": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/Sex"
          },
          "allergies": {
            "x-sensitive": true,
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Allergy"
            }
          },
          "conditions": {
            "x-sensitive": true,
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Condition"
            }
          },
          "preferred_locale": {
            "$ref": "#/components/schemas/Locale"
          },
          "time_zone": {
            "$ref": "#/components/schemas/TimeZone",
            "description": "The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`\nreach them at 09:00 in it, and calendar feeds carry it as TZID.\n"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "Patient": {
        "type": "object",
        "required": [
          "id",
          "object",
          "name",
          "birth_date",
          "sex",
          "allergies",
          "conditions",
          "preferred_locale",
          "time_zone",
          "metadata",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "object": {
            "type": "string",
            "const": "patient"
          },
          "name": {
            "x-sensitive": true,
            "type": "string"
          },
          "birth_date": {
            "x-sensitive": true,
            "type": "string",
            "format": "date"
          },
          "sex": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/Sex"
          },
          "allergies": {
            "x-sensitive": true,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Allergy"
            }
          },
          "conditions": {
            "x-sensitive": true,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Condition"
            }
          },
          "preferred_locale": {
            "$ref": "#/components/schemas/Locale"
          },
          "time_zone": {
            "$ref": "#/components/schemas/TimeZone",
            "description": "The patient's IANA time zone (default `Asia/Shanghai`): reminders such as `refill.due`\nreach them at 09:00 in it, and calendar feeds carry it as TZID.\n"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "test_clock": {
            "$ref": "#/components/schemas/TestClockId",
            "description": "The test clock the patient (and everything of theirs) lives on, if any."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PatientList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Patient"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "FileId": {
        "type": "string",
        "pattern": "^file_[A-Za-z0-9_]+$"
      },
      "FilePurpose": {
        "type": "string",
        "enum": [
          "prescription_photo",
          "claim_attachment",
          "identity_document",
          "pack_photo"
        ]
      },
      "FileCreate": {
        "type": "object",
        "required": [
          "file",
          "purpose"
        ],
        "properties": {
          "file": {
            "type": "string",
            "contentMediaType": "application/octet-stream",
            "description": "The file's bytes (≤ 10 MB)."
          },
          "purpose": {
            "$ref": "#/components/schemas/FilePurpose"
          }
        }
      },
      "File": {
        "type": "object",
        "required": [
          "id",
          "object",
          "purpose",
          "filename",
          "content_type",
          "size",
          "sha256",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/FileId"
          },
          "object": {
            "type": "string",
            "const": "file"
          },
          "purpose": {
            "$ref": "#/components/schemas/FilePurpose"
          },
          "filename": {
            "type": "string"
          },
          "content_type": {
            "type": "string"
          },
          "size": {
            "type": "integer",
            "minimum": 0
          },
          "sha256": {
            "type": "string",
            "pattern": "^[a-f0-9]{64}$"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookEndpointId": {
        "type": "string",
        "pattern": "^we_[A-Za-z0-9_]+$"
      },
      "WebhookEndpointCreate": {
        "type": "object",
        "required": [
          "url",
          "events"
        ],
        "additionalProperties": false,
        "properties": {
          "url": {
            "type": "string",
            "format": "uri",
            "pattern": "^https?://"
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/EventType"
                },
                {
                  "type": "string",
                  "const": "*"
                }
              ]
            }
          },
          "description": {
            "type": "string",
            "maxLength": 500
          }
        }
      },
      "WebhookEndpoint": {
        "type": "object",
        "required": [
          "id",
          "object",
          "url",
          "events",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/WebhookEndpointId"
          },
          "object": {
            "type": "string",
            "const": "webhook_endpoint"
          },
          "url": {
            "type": "string"
          },
          "events": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "description": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "enabled",
              "disabled"
            ]
          },
          "secret": {
            "x-sensitive": true,
            "type": "string",
            "pattern": "^whsec_[A-Za-z0-9+/=]+$",
            "description": "The signing secret; returned only when the endpoint is created."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookEndpointList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEndpoint"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Event": {
        "type": "object",
        "description": "The envelope of every webhook event.",
        "required": [
          "id",
          "object",
          "type",
          "api_version",
          "created_at",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^evt_[A-Za-z0-9_]+$"
          },
          "object": {
            "type": "string",
            "const": "event"
          },
          "type": {
            "$ref": "#/components/schemas/EventType"
          },
          "api_version": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "data": {
            "type": "object",
            "required": [
              "object"
            ],
            "properties": {
              "object": {
                "type": "object",
                "description": "The resource the event is about (ids and outcomes; never free-text health data beyond the resource itself).",
                "additionalProperties": true
              }
            }
          }
        }
      },
      "TraceCodeProblem": {
        "description": "A 422 of the trace domain; `position` and `ai` come with `invalid_trace_code`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "position": {
                "type": "integer",
                "minimum": 0,
                "description": "0-based index in `code` where the parser stopped."
              },
              "ai": {
                "type": "string",
                "pattern": "^[0-9]{2,4}$",
                "description": "The GS1 Application Identifier concerned, when there is one."
              }
            }
          }
        ]
      },
      "DispensationNotFoundProblem": {
        "description": "A 404 of `POST /v1/trace/dispensations`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "pack_not_found",
                  "resource_not_found"
                ]
              },
              "trace_status": {
                "$ref": "#/components/schemas/TraceStatus"
              }
            }
          }
        ]
      },
      "DispensationConflictProblem": {
        "description": "A 409 of `POST /v1/trace/dispensations`; the pack's state says why.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code",
              "pack_state",
              "trace_status",
              "alert_codes"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "pack_not_active",
                  "pack_expired",
                  "pack_not_dispensable"
                ]
              },
              "pack_state": {
                "$ref": "#/components/schemas/PackState"
              },
              "trace_status": {
                "$ref": "#/components/schemas/TraceStatus"
              },
              "alert_codes": {
                "type": "array",
                "description": "The codes of the warning and critical alerts behind the refusal.",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        ]
      },
      "ReversalConflictProblem": {
        "description": "A 409 of `POST /v1/trace/dispensations/{id}/reversal`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "already_reversed",
                  "reversal_location_mismatch",
                  "reversal_window_expired",
                  "pack_not_reversible"
                ]
              },
              "pack_state": {
                "$ref": "#/components/schemas/PackState"
              },
              "reversed_at": {
                "$ref": "#/components/schemas/Timestamp"
              },
              "reversible_until": {
                "$ref": "#/components/schemas/Timestamp"
              }
            }
          }
        ]
      },
      "DispensationId": {
        "type": "string",
        "pattern": "^disp_[A-Za-z0-9_]+$"
      },
      "TraceContext": {
        "type": "string",
        "enum": [
          "inspect",
          "dispense",
          "return"
        ],
        "description": "Why the pack is scanned; `dispense` adds alerts about dispensability."
      },
      "TraceCodeFields": {
        "type": "object",
        "description": "Already-parsed code fields (GS1) or a China 20-digit code.",
        "additionalProperties": false,
        "properties": {
          "gtin": {
            "type": "string",
            "pattern": "^[0-9]{14}$"
          },
          "lot": {
            "type": "string",
            "maxLength": 20
          },
          "serial": {
            "type": "string",
            "maxLength": 20
          },
          "expiry": {
            "type": "string",
            "format": "date"
          },
          "china_code": {
            "type": "string",
            "pattern": "^8[0-9]{19}$"
          }
        }
      },
      "TraceVerificationCreate": {
        "type": "object",
        "required": [
          "context"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512,
            "description": "The raw scan, exactly as the scanner or person produced it."
          },
          "fields": {
            "$ref": "#/components/schemas/TraceCodeFields"
          },
          "context": {
            "$ref": "#/components/schemas/TraceContext"
          },
          "location_id": {
            "type": "string",
            "pattern": "^loc_[A-Za-z0-9_]+$",
            "description": "Where the scan happens (pharmacy, ward). Used for clone detection."
          }
        }
      },
      "ParsedTraceCode": {
        "type": "object",
        "required": [
          "format"
        ],
        "properties": {
          "format": {
            "type": "string",
            "enum": [
              "gs1",
              "digital-link",
              "china",
              "fields"
            ]
          },
          "symbology": {
            "type": "string"
          },
          "gtin": {
            "type": "string"
          },
          "lot": {
            "type": "string"
          },
          "serial": {
            "type": "string"
          },
          "expiry": {
            "type": "string",
            "format": "date"
          },
          "china_code": {
            "type": "string"
          },
          "product_code": {
            "type": "string"
          }
        }
      },
      "TraceStatus": {
        "type": "string",
        "enum": [
          "verified",
          "already_dispensed",
          "recalled",
          "expired",
          "suspect",
          "not_found",
          "mismatch",
          "data_incomplete",
          "secondary_verification_required"
        ]
      },
      "PackState": {
        "type": "string",
        "enum": [
          "active",
          "dispensed",
          "recalled",
          "expired",
          "suspect",
          "stolen",
          "destroyed",
          "exported",
          "sample",
          "locked"
        ]
      },
      "Product": {
        "type": "object",
        "required": [
          "id",
          "name",
          "manufacturer",
          "strength",
          "form"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^prod_[A-Za-z0-9_]+$"
          },
          "gtin": {
            "type": "string"
          },
          "china_product_code": {
            "type": "string"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "generic_name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "manufacturer": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "strength": {
            "type": "string"
          },
          "form": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "pack_size": {
            "type": "string"
          },
          "storage": {
            "type": "string",
            "enum": [
              "room_temperature",
              "cold_chain"
            ]
          },
          "prescription_only": {
            "type": "boolean"
          }
        }
      },
      "Pack": {
        "type": "object",
        "required": [
          "id",
          "state"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^pack_[A-Za-z0-9_]+$"
          },
          "lot": {
            "type": "string"
          },
          "serial": {
            "type": "string"
          },
          "expiry": {
            "type": "string",
            "format": "date"
          },
          "state": {
            "$ref": "#/components/schemas/PackState"
          },
          "state_changed_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "dispensation_id": {
            "$ref": "#/components/schemas/DispensationId",
            "description": "The current (not reversed) dispensation when `state` is `dispensed`."
          }
        }
      },
      "Party": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "role": {
            "type": "string",
            "enum": [
              "manufacturer",
              "distributor",
              "importer",
              "customs",
              "wholesaler",
              "pharmacy",
              "hospital",
              "logistics"
            ]
          }
        }
      },
      "Place": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "country": {
            "type": "string",
            "pattern": "^[A-Z]{2}$"
          },
          "location_id": {
            "type": "string"
          }
        }
      },
      "TemperatureLog": {
        "type": "object",
        "required": [
          "min_c",
          "max_c",
          "readings"
        ],
        "properties": {
          "min_c": {
            "type": "number"
          },
          "max_c": {
            "type": "number"
          },
          "allowed_min_c": {
            "type": "number"
          },
          "allowed_max_c": {
            "type": "number"
          },
          "readings": {
            "type": "integer",
            "minimum": 0
          },
          "excursion": {
            "type": "boolean"
          }
        }
      },
      "JourneyEvent": {
        "type": "object",
        "required": [
          "type",
          "occurred_at",
          "party",
          "place"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "manufactured",
              "shipped",
              "customs_cleared",
              "received",
              "stored",
              "dispensed",
              "dispense_reversed",
              "recalled",
              "returned"
            ]
          },
          "occurred_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "party": {
            "$ref": "#/components/schemas/Party"
          },
          "place": {
            "$ref": "#/components/schemas/Place"
          },
          "temperature": {
            "$ref": "#/components/schemas/TemperatureLog"
          }
        }
      },
      "TraceAlert": {
        "type": "object",
        "required": [
          "code",
          "severity",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "description": "Stable alert code, e.g. `expired`, `recalled`, `possible_clone`, `journey_gap`, `temperature_excursion`, `expiry_mismatch`, `lot_mismatch`, `serial_unmapped`, `expires_soon`."
          },
          "severity": {
            "type": "string",
            "enum": [
              "info",
              "warning",
              "critical"
            ]
          },
          "message": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "TraceVerification": {
        "type": "object",
        "required": [
          "id",
          "object",
          "status",
          "context",
          "dispensable",
          "code",
          "product",
          "pack",
          "journey",
          "alerts",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^tv_[A-Za-z0-9_]+$"
          },
          "object": {
            "type": "string",
            "const": "trace_verification"
          },
          "status": {
            "$ref": "#/components/schemas/TraceStatus"
          },
          "context": {
            "$ref": "#/components/schemas/TraceContext"
          },
          "dispensable": {
            "type": "boolean",
            "description": "True only for an active, unexpired, genuine pack."
          },
          "code": {
            "$ref": "#/components/schemas/ParsedTraceCode"
          },
          "product": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Product"
              },
              {
                "type": "null"
              }
            ]
          },
          "pack": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Pack"
              },
              {
                "type": "null"
              }
            ]
          },
          "journey": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/JourneyEvent"
            }
          },
          "alerts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TraceAlert"
            }
          },
          "location_id": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "DispensationCreate": {
        "type": "object",
        "required": [
          "location_id"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          },
          "fields": {
            "$ref": "#/components/schemas/TraceCodeFields"
          },
          "location_id": {
            "type": "string",
            "pattern": "^loc_[A-Za-z0-9_]+$"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          }
        }
      },
      "DispensationReversalCreate": {
        "type": "object",
        "required": [
          "location_id"
        ],
        "additionalProperties": false,
        "properties": {
          "location_id": {
            "type": "string",
            "pattern": "^loc_[A-Za-z0-9_]+$"
          },
          "reason": {
            "type": "string",
            "enum": [
              "dispensed_in_error",
              "patient_returned",
              "other"
            ]
          }
        }
      },
      "Dispensation": {
        "type": "object",
        "required": [
          "id",
          "object",
          "status",
          "pack_id",
          "product_id",
          "location_id",
          "dispensed_at",
          "reversible_until",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/DispensationId"
          },
          "object": {
            "type": "string",
            "const": "dispensation"
          },
          "status": {
            "type": "string",
            "enum": [
              "completed",
              "reversed"
            ]
          },
          "pack_id": {
            "type": "string"
          },
          "product_id": {
            "type": "string"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "location_id": {
            "type": "string"
          },
          "dispensed_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "reversible_until": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "reversed_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "reversal_reason": {
            "type": "string",
            "enum": [
              "dispensed_in_error",
              "patient_returned",
              "other"
            ]
          }
        }
      },
      "ClaimsNotFoundProblem": {
        "description": "A 404 of the claims domain.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "resource_not_found"
                ]
              }
            }
          }
        ]
      },
      "ClaimConflictProblem": {
        "description": "A 409 of the claims domain; `claim_status` is the claim's status now.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code",
              "claim_status"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "claim_not_cancellable",
                  "related_claim_not_replaceable"
                ]
              },
              "claim_status": {
                "$ref": "#/components/schemas/ClaimStatus"
              }
            }
          }
        ]
      },
      "ClaimInvalidProblem": {
        "description": "A 422 of the claims domain.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "claim_invalid",
                  "idempotency_key_reused"
                ]
              },
              "issues": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ClaimIssue"
                }
              }
            }
          }
        ]
      },
      "ClaimId": {
        "type": "string",
        "pattern": "^clm_[A-Za-z0-9_]+$"
      },
      "PolicyId": {
        "type": "string",
        "pattern": "^pol_[A-Za-z0-9_]+$"
      },
      "InsurerId": {
        "type": "string",
        "pattern": "^ins_[A-Za-z0-9_]+$"
      },
      "HospitalId": {
        "type": "string",
        "pattern": "^hosp_[A-Za-z0-9_]+$"
      },
      "ClaimStatus": {
        "type": "string",
        "description": "`submitted → in_review → approved | partially_approved | denied`, then `approved` and\n`partially_approved` → `paid`. `cancelled` (before adjudication) and `replaced` (by a\ncorrection naming it in `related_claim_id`) are final.\n",
        "enum": [
          "submitted",
          "in_review",
          "approved",
          "partially_approved",
          "denied",
          "paid",
          "cancelled",
          "replaced"
        ]
      },
      "ServiceCategory": {
        "type": "string",
        "description": "What an item is, for coverage (medication items from the medication catalogue).",
        "enum": [
          "consultation",
          "emergency",
          "medication",
          "laboratory",
          "imaging",
          "procedure",
          "inpatient",
          "physiotherapy",
          "vaccination",
          "dental",
          "vision",
          "cosmetic"
        ]
      },
      "ItemCodeSystem": {
        "type": "string",
        "description": "`medication_insurance`: a national medical-insurance medication code (`XSBX…`, current or\nsuperseded, from the medication catalogue); `service`: an Apotheca service code\n(`SVC-…`, e.g. `SVC-CONSULT-GP`).\n",
        "enum": [
          "medication_insurance",
          "service"
        ]
      },
      "ClaimReasonCode": {
        "type": "string",
        "description": "Stable codes of denials, reductions and reviews.",
        "enum": [
          "duplicate",
          "possible_duplicate",
          "not_covered",
          "policy_inactive",
          "limit_exceeded",
          "out_of_network",
          "missing_information",
          "superseded_code"
        ]
      },
      "ClaimIssueCode": {
        "type": "string",
        "description": "Stable codes of `POST /v1/claims/validate` issues.",
        "enum": [
          "required",
          "unknown_diagnosis_code",
          "duplicate_diagnosis",
          "unknown_item_code",
          "superseded_code",
          "invalid_quantity",
          "invalid_amount",
          "currency_mismatch",
          "service_date_in_future",
          "unknown_provider",
          "no_attachments"
        ]
      },
      "ClaimItemInput": {
        "type": "object",
        "required": [
          "code_system",
          "code",
          "quantity",
          "unit_price"
        ],
        "additionalProperties": false,
        "properties": {
          "code_system": {
            "$ref": "#/components/schemas/ItemCodeSystem"
          },
          "code": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40
          },
          "description": {
            "type": "string",
            "maxLength": 200,
            "x-sensitive": true
          },
          "quantity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000
          },
          "unit_price": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "ClaimItemDraft": {
        "type": "object",
        "description": "An item as typed so far; every field optional.",
        "additionalProperties": false,
        "properties": {
          "code_system": {
            "$ref": "#/components/schemas/ItemCodeSystem"
          },
          "code": {
            "type": "string",
            "maxLength": 40
          },
          "description": {
            "type": "string",
            "maxLength": 200,
            "x-sensitive": true
          },
          "quantity": {
            "type": "integer"
          },
          "unit_price": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "amount": {
                "type": "integer"
              },
              "currency": {
                "type": "string",
                "pattern": "^[A-Z]{3}$"
              }
            }
          }
        }
      },
      "ClaimItem": {
        "type": "object",
        "required": [
          "sequence",
          "code_system",
          "code",
          "category",
          "quantity",
          "unit_price",
          "submitted"
        ],
        "properties": {
          "sequence": {
            "type": "integer",
            "minimum": 1
          },
          "code_system": {
            "$ref": "#/components/schemas/ItemCodeSystem"
          },
          "code": {
            "type": "string"
          },
          "description": {
            "type": "string",
            "x-sensitive": true
          },
          "category": {
            "$ref": "#/components/schemas/ServiceCategory"
          },
          "quantity": {
            "type": "integer"
          },
          "unit_price": {
            "$ref": "#/components/schemas/Money"
          },
          "submitted": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "Diagnoses": {
        "type": "array",
        "description": "ICD-10 codes (`J06.9`, with or without the dot), principal first.",
        "maxItems": 12,
        "x-sensitive": true,
        "items": {
          "type": "string",
          "pattern": "^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?$"
        }
      },
      "ClaimCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "policy_id",
          "provider",
          "service_date",
          "diagnoses",
          "items"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "provider": {
            "$ref": "#/components/schemas/HospitalId"
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "diagnoses": {
            "allOf": [
              {
                "$ref": "#/components/schemas/Diagnoses"
              }
            ],
            "minItems": 1
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ClaimItemInput"
            }
          },
          "attachments": {
            "type": "array",
            "description": "File ids (`file_…`) of invoices and prescriptions.",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "related_claim_id": {
            "$ref": "#/components/schemas/ClaimId"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "ClaimDraft": {
        "type": "object",
        "description": "A claim as typed so far, for `POST /v1/claims/validate`; every field optional.",
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "provider": {
            "type": "string",
            "maxLength": 64
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "diagnoses": {
            "type": "array",
            "maxItems": 12,
            "x-sensitive": true,
            "items": {
              "type": "string",
              "maxLength": 16
            }
          },
          "items": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ClaimItemDraft"
            }
          },
          "attachments": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "related_claim_id": {
            "$ref": "#/components/schemas/ClaimId"
          }
        }
      },
      "ClaimEstimateCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "policy_id",
          "provider",
          "service_date",
          "items"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "provider": {
            "$ref": "#/components/schemas/HospitalId"
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "diagnoses": {
            "$ref": "#/components/schemas/Diagnoses"
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ClaimItemInput"
            }
          }
        }
      },
      "Icd10Match": {
        "type": "object",
        "required": [
          "code",
          "name"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "ClaimSuggestion": {
        "type": "object",
        "description": "What to use instead: `replacement_code` (and `changed_on`) for a superseded medication\ncode, or close `matches` for an unknown ICD-10 code.\n",
        "properties": {
          "replacement_code": {
            "type": "string"
          },
          "changed_on": {
            "type": "string",
            "format": "date"
          },
          "matches": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Icd10Match"
            }
          }
        }
      },
      "ClaimIssue": {
        "type": "object",
        "required": [
          "code",
          "severity",
          "path",
          "message"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ClaimIssueCode"
          },
          "severity": {
            "type": "string",
            "enum": [
              "error",
              "warning"
            ]
          },
          "path": {
            "type": "string",
            "description": "A JSON pointer into the draft, e.g. `/items/0/code`."
          },
          "message": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "suggestion": {
            "$ref": "#/components/schemas/ClaimSuggestion"
          }
        }
      },
      "ClaimValidation": {
        "type": "object",
        "required": [
          "object",
          "valid",
          "issues"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "claim_validation"
          },
          "valid": {
            "type": "boolean"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClaimIssue"
            }
          }
        }
      },
      "ClaimReason": {
        "type": "object",
        "required": [
          "code",
          "explanation"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ClaimReasonCode"
          },
          "sequence": {
            "type": "integer",
            "minimum": 1,
            "description": "The item concerned; absent for the whole claim."
          },
          "explanation": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "suggestion": {
            "$ref": "#/components/schemas/ClaimSuggestion"
          },
          "duplicate_of": {
            "$ref": "#/components/schemas/ClaimId"
          }
        }
      },
      "AdjudicationAmounts": {
        "type": "object",
        "description": "FHIR-style adjudication categories; `benefit + patient_share = eligible` and\n`patient_share = deductible + copay + over_limit` always hold.\n",
        "required": [
          "submitted",
          "eligible",
          "deductible",
          "copay",
          "over_limit",
          "benefit",
          "patient_share"
        ],
        "properties": {
          "submitted": {
            "$ref": "#/components/schemas/Money"
          },
          "eligible": {
            "$ref": "#/components/schemas/Money"
          },
          "deductible": {
            "$ref": "#/components/schemas/Money"
          },
          "copay": {
            "$ref": "#/components/schemas/Money"
          },
          "over_limit": {
            "$ref": "#/components/schemas/Money"
          },
          "benefit": {
            "$ref": "#/components/schemas/Money"
          },
          "patient_share": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "AdjudicationLine": {
        "allOf": [
          {
            "type": "object",
            "required": [
              "sequence"
            ],
            "properties": {
              "sequence": {
                "type": "integer",
                "minimum": 1
              }
            }
          },
          {
            "$ref": "#/components/schemas/AdjudicationAmounts"
          }
        ]
      },
      "AdjudicationOutcome": {
        "type": "string",
        "enum": [
          "approved",
          "partially_approved",
          "denied"
        ]
      },
      "ClaimAdjudication": {
        "type": "object",
        "required": [
          "outcome",
          "lines",
          "totals",
          "reasons",
          "explanation"
        ],
        "properties": {
          "outcome": {
            "$ref": "#/components/schemas/AdjudicationOutcome"
          },
          "adjudicated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "lines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdjudicationLine"
            }
          },
          "totals": {
            "$ref": "#/components/schemas/AdjudicationAmounts"
          },
          "reasons": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClaimReason"
            }
          },
          "explanation": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "ClaimStatusChange": {
        "type": "object",
        "required": [
          "status",
          "at"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "reason_code": {
            "$ref": "#/components/schemas/ClaimReasonCode"
          }
        }
      },
      "ClaimPayment": {
        "type": "object",
        "required": [
          "reference",
          "amount",
          "paid_at"
        ],
        "properties": {
          "reference": {
            "type": "string",
            "description": "The insurer's payment reference (`PAY-…`)."
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "paid_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Claim": {
        "type": "object",
        "required": [
          "id",
          "object",
          "patient_id",
          "policy_id",
          "insurer_id",
          "provider",
          "service_date",
          "diagnoses",
          "items",
          "attachments",
          "status",
          "status_history",
          "adjudication",
          "payment",
          "related_claim_id",
          "replaced_by_claim_id",
          "duplicate_of",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ClaimId"
          },
          "object": {
            "type": "string",
            "const": "claim"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "insurer_id": {
            "$ref": "#/components/schemas/InsurerId"
          },
          "provider": {
            "$ref": "#/components/schemas/HospitalId"
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "diagnoses": {
            "$ref": "#/components/schemas/Diagnoses"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClaimItem"
            }
          },
          "attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "status": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "status_history": {
            "type": "array",
            "description": "Every status the claim has had, oldest first, with the (clock) time.",
            "items": {
              "$ref": "#/components/schemas/ClaimStatusChange"
            }
          },
          "adjudication": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ClaimAdjudication"
              },
              {
                "type": "null"
              }
            ]
          },
          "payment": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ClaimPayment"
              },
              {
                "type": "null"
              }
            ]
          },
          "related_claim_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The claim this one corrects and replaces."
          },
          "replaced_by_claim_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The correction that replaced this claim."
          },
          "duplicate_of": {
            "type": [
              "string",
              "null"
            ],
            "description": "For a claim denied as `duplicate`, the original."
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ClaimList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Claim"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "CoverageCheckCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "policy_id",
          "service_date"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "provider": {
            "$ref": "#/components/schemas/HospitalId"
          },
          "items": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ClaimItemInput"
            }
          }
        }
      },
      "NetworkStatus": {
        "type": "string",
        "enum": [
          "in_network",
          "out_of_network",
          "unknown"
        ]
      },
      "CoverageItem": {
        "type": "object",
        "required": [
          "sequence",
          "code_system",
          "code",
          "covered"
        ],
        "properties": {
          "sequence": {
            "type": "integer",
            "minimum": 1
          },
          "code_system": {
            "$ref": "#/components/schemas/ItemCodeSystem"
          },
          "code": {
            "type": "string"
          },
          "category": {
            "$ref": "#/components/schemas/ServiceCategory"
          },
          "covered": {
            "type": "boolean"
          },
          "reason_code": {
            "$ref": "#/components/schemas/ClaimReasonCode"
          }
        }
      },
      "CoverageCheck": {
        "type": "object",
        "required": [
          "object",
          "patient_id",
          "policy_id",
          "insurer_id",
          "service_date",
          "active",
          "policy_status",
          "currency",
          "deductible",
          "coinsurance_percent",
          "annual_limit",
          "covered_categories",
          "excluded_categories",
          "network"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "coverage_check"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "policy_id": {
            "$ref": "#/components/schemas/PolicyId"
          },
          "insurer_id": {
            "$ref": "#/components/schemas/InsurerId"
          },
          "service_date": {
            "type": "string",
            "format": "date"
          },
          "active": {
            "type": "boolean"
          },
          "policy_status": {
            "type": "string",
            "enum": [
              "active",
              "lapsed",
              "not_started"
            ]
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "deductible": {
            "type": "object",
            "required": [
              "annual",
              "remaining"
            ],
            "properties": {
              "annual": {
                "$ref": "#/components/schemas/Money"
              },
              "remaining": {
                "$ref": "#/components/schemas/Money"
              }
            }
          },
          "coinsurance_percent": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "description": "The patient's share (%) of eligible amounts after the deductible, in network."
          },
          "out_of_network_coinsurance_percent": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 100,
            "description": "The same out of network; `null` when out-of-network care is not covered."
          },
          "copay_per_claim": {
            "$ref": "#/components/schemas/Money"
          },
          "annual_limit": {
            "type": "object",
            "required": [
              "total",
              "remaining"
            ],
            "properties": {
              "total": {
                "$ref": "#/components/schemas/Money"
              },
              "remaining": {
                "$ref": "#/components/schemas/Money"
              }
            }
          },
          "covered_categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ServiceCategory"
            }
          },
          "excluded_categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ServiceCategory"
            }
          },
          "network": {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "provider": {
                "$ref": "#/components/schemas/HospitalId"
              },
              "status": {
                "$ref": "#/components/schemas/NetworkStatus"
              }
            }
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CoverageItem"
            }
          }
        }
      },
      "ClaimEstimate": {
        "type": "object",
        "required": [
          "object",
          "outcome",
          "lines",
          "totals",
          "reasons",
          "explanation",
          "issues"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "claim_estimate"
          },
          "outcome": {
            "$ref": "#/components/schemas/AdjudicationOutcome"
          },
          "lines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdjudicationLine"
            }
          },
          "totals": {
            "$ref": "#/components/schemas/AdjudicationAmounts"
          },
          "reasons": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClaimReason"
            }
          },
          "explanation": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClaimIssue"
            }
          }
        }
      },
      "TriageUnprocessableProblem": {
        "description": "A 422 of the triage domain.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "unknown_concept",
                  "answer_not_in_question",
                  "duplicate_answer",
                  "demographics_required",
                  "patient_demographics_conflict",
                  "sex_required",
                  "invalid_age",
                  "idempotency_key_reused"
                ]
              }
            }
          }
        ]
      },
      "TriageInterviewConflictProblem": {
        "description": "A 409 of `POST /v1/triage/interviews/{id}/answers`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code",
              "current_step",
              "interview_status"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "step_not_current",
                  "interview_completed"
                ]
              },
              "current_step": {
                "type": "integer",
                "minimum": 0,
                "description": "The step whose question is open (the answered steps when completed)."
              },
              "interview_status": {
                "$ref": "#/components/schemas/TriageInterviewStatus"
              }
            }
          }
        ]
      },
      "TriageInterviewId": {
        "type": "string",
        "pattern": "^tri_[A-Za-z0-9_]+$"
      },
      "TriageConceptId": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*$",
        "maxLength": 64,
        "description": "A symptom or finding concept, the same ids `/v1/triage/parse` returns."
      },
      "TriageLevel": {
        "type": "string",
        "enum": [
          "emergency",
          "consult_24h",
          "consult",
          "self_care"
        ],
        "description": "`emergency`: call 120 or go to the emergency department now; `consult_24h`: see a doctor\nwithin 24 hours; `consult`: book a consultation; `self_care`: care at home, with advice.\n"
      },
      "TriageDepartment": {
        "type": "string",
        "enum": [
          "emergency",
          "cardiology",
          "respiratory",
          "gastroenterology",
          "neurology",
          "orthopedics",
          "rheumatology",
          "dermatology",
          "ENT",
          "ophthalmology",
          "pediatrics",
          "obstetrics_gynecology",
          "urology",
          "endocrinology",
          "psychiatry",
          "general_internal_medicine"
        ]
      },
      "TriageSex": {
        "type": "string",
        "enum": [
          "female",
          "male"
        ]
      },
      "TriageAge": {
        "type": "object",
        "required": [
          "value",
          "unit"
        ],
        "additionalProperties": false,
        "properties": {
          "value": {
            "type": "number",
            "minimum": 0,
            "maximum": 1560
          },
          "unit": {
            "type": "string",
            "enum": [
              "year",
              "month"
            ]
          }
        }
      },
      "TriageDuration": {
        "type": "object",
        "required": [
          "value",
          "unit"
        ],
        "properties": {
          "value": {
            "type": "number",
            "minimum": 0
          },
          "unit": {
            "type": "string",
            "enum": [
              "minute",
              "hour",
              "day",
              "week",
              "month",
              "year"
            ]
          }
        }
      },
      "TriageChoice": {
        "type": "string",
        "enum": [
          "present",
          "absent",
          "unknown"
        ]
      },
      "TriageEvidenceInput": {
        "type": "object",
        "required": [
          "id",
          "choice"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageConceptId"
          },
          "choice": {
            "$ref": "#/components/schemas/TriageChoice"
          }
        }
      },
      "TriageEvidence": {
        "type": "object",
        "required": [
          "id",
          "choice",
          "source"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageConceptId"
          },
          "choice": {
            "$ref": "#/components/schemas/TriageChoice"
          },
          "source": {
            "type": "string",
            "enum": [
              "complaint",
              "initial",
              "answer"
            ],
            "description": "The complaint text, the `evidence` sent at the start, or an answer."
          }
        }
      },
      "TriageParseRequest": {
        "type": "object",
        "required": [
          "text"
        ],
        "additionalProperties": false,
        "properties": {
          "text": {
            "x-sensitive": true,
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "locale": {
            "$ref": "#/components/schemas/Locale"
          }
        }
      },
      "TriageMention": {
        "type": "object",
        "required": [
          "id",
          "name",
          "choice"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageConceptId"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "choice": {
            "type": "string",
            "enum": [
              "present",
              "absent"
            ]
          }
        }
      },
      "TriageParseResult": {
        "type": "object",
        "required": [
          "mentions"
        ],
        "properties": {
          "mentions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageMention"
            }
          },
          "age": {
            "$ref": "#/components/schemas/TriageAge"
          },
          "duration": {
            "$ref": "#/components/schemas/TriageDuration"
          }
        }
      },
      "TriageInterviewCreate": {
        "type": "object",
        "required": [
          "complaint",
          "locale"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "age": {
            "$ref": "#/components/schemas/TriageAge"
          },
          "sex": {
            "$ref": "#/components/schemas/TriageSex"
          },
          "complaint": {
            "x-sensitive": true,
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "What is wrong, in the patient's words (English or Chinese)."
          },
          "locale": {
            "$ref": "#/components/schemas/Locale"
          },
          "evidence": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/TriageEvidenceInput"
            }
          }
        }
      },
      "TriageAnswerCreate": {
        "type": "object",
        "required": [
          "step",
          "answers"
        ],
        "additionalProperties": false,
        "properties": {
          "step": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          },
          "answers": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/TriageEvidenceInput"
            }
          }
        }
      },
      "TriageQuestionItem": {
        "type": "object",
        "required": [
          "id",
          "name",
          "choices"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageConceptId"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "choices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageChoice"
            }
          }
        }
      },
      "TriageQuestion": {
        "type": "object",
        "required": [
          "id",
          "type",
          "text",
          "rationale",
          "items"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "single",
              "group_single",
              "group_multiple"
            ],
            "description": "`single`: one item, answered Yes / No / Don't know; `group_single`: pick one item\n(the others are `absent`); `group_multiple`: any number (unchecked are `absent`).\n"
          },
          "text": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "rationale": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/TriageQuestionItem"
            }
          }
        }
      },
      "TriageNamedItem": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "TriageRedFlag": {
        "type": "object",
        "required": [
          "id",
          "name",
          "source"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "source": {
            "type": "string",
            "description": "The guideline the rule comes from."
          }
        }
      },
      "TriageClinicianSummary": {
        "type": "object",
        "required": [
          "text",
          "present",
          "absent",
          "unknown",
          "red_flags_asked"
        ],
        "properties": {
          "text": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "present": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageNamedItem"
            }
          },
          "absent": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageNamedItem"
            }
          },
          "unknown": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageNamedItem"
            }
          },
          "red_flags_asked": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "choice"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "$ref": "#/components/schemas/LocalizedText"
                },
                "choice": {
                  "$ref": "#/components/schemas/TriageChoice"
                }
              }
            }
          }
        }
      },
      "TriageResult": {
        "type": "object",
        "required": [
          "level",
          "red_flags",
          "departments",
          "advice",
          "recommended_tests",
          "possible_conditions",
          "disclaimer",
          "clinician_summary",
          "knowledge_version"
        ],
        "properties": {
          "level": {
            "$ref": "#/components/schemas/TriageLevel"
          },
          "red_flags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageRedFlag"
            }
          },
          "departments": {
            "type": "array",
            "description": "Ordered, the most fitting first.",
            "items": {
              "type": "object",
              "required": [
                "department",
                "reason"
              ],
              "properties": {
                "department": {
                  "$ref": "#/components/schemas/TriageDepartment"
                },
                "reason": {
                  "$ref": "#/components/schemas/LocalizedText"
                }
              }
            }
          },
          "advice": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "recommended_tests": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageNamedItem"
            }
          },
          "possible_conditions": {
            "type": "array",
            "description": "The top few, in plain words; never a diagnosis.",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "source"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "$ref": "#/components/schemas/LocalizedText"
                },
                "source": {
                  "type": "string"
                }
              }
            }
          },
          "disclaimer": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "clinician_summary": {
            "$ref": "#/components/schemas/TriageClinicianSummary"
          },
          "knowledge_version": {
            "type": "string"
          },
          "recommended_doctors": {
            "type": "array",
            "maxItems": 3,
            "description": "Doctors to book, best first: of the result's departments in order, those speaking the\ninterview's language before the rest (`language_match`), each with the earliest free\nslot. Computed when the interview is read, so the slots are current. Empty for an\nemergency (call 120 instead); absent while the interview is in progress.\n",
            "items": {
              "$ref": "#/components/schemas/TriageRecommendedDoctor"
            }
          }
        }
      },
      "TriageRecommendedDoctor": {
        "type": "object",
        "required": [
          "doctor_id",
          "name",
          "title",
          "department",
          "hospital",
          "languages",
          "language_match",
          "earliest_slot"
        ],
        "properties": {
          "doctor_id": {
            "$ref": "#/components/schemas/DoctorId"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "title": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "department": {
            "$ref": "#/components/schemas/TriageDepartment"
          },
          "hospital": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "languages": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/Locale"
            }
          },
          "language_match": {
            "type": "boolean",
            "description": "Whether the doctor speaks the interview's language; `false` when no doctor of the\ndepartment does and this one is offered anyway.\n"
          },
          "earliest_slot": {
            "description": "The doctor's earliest free slot from now (the patient's clock), within 14 days, as\noffset times in the patient's zone (Asia/Shanghai); `null` when there is none.\n",
            "oneOf": [
              {
                "$ref": "#/components/schemas/TriageSlot"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "TriageSlot": {
        "type": "object",
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "$ref": "#/components/schemas/OffsetDateTime"
          },
          "end": {
            "$ref": "#/components/schemas/OffsetDateTime"
          }
        }
      },
      "TriageInterviewStatus": {
        "type": "string",
        "enum": [
          "in_progress",
          "completed"
        ]
      },
      "TriageInterview": {
        "type": "object",
        "required": [
          "id",
          "object",
          "status",
          "step",
          "locale",
          "evidence",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageInterviewId"
          },
          "object": {
            "type": "string",
            "const": "triage_interview"
          },
          "status": {
            "$ref": "#/components/schemas/TriageInterviewStatus"
          },
          "step": {
            "type": "integer",
            "minimum": 0,
            "description": "The step of the open question (1-based), or the answered steps when completed."
          },
          "locale": {
            "$ref": "#/components/schemas/Locale"
          },
          "question": {
            "$ref": "#/components/schemas/TriageQuestion"
          },
          "evidence": {
            "x-sensitive": true,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TriageEvidence"
            }
          },
          "result": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/TriageResult"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "completed_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "TriageCompleted": {
        "type": "object",
        "description": "The object of a `triage.completed` event (ids and outcome only, no free text).",
        "required": [
          "id",
          "object",
          "level"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TriageInterviewId"
          },
          "object": {
            "type": "string",
            "const": "triage_interview"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "level": {
            "$ref": "#/components/schemas/TriageLevel"
          },
          "department": {
            "$ref": "#/components/schemas/TriageDepartment"
          }
        }
      },
      "PhotoQualityProblem": {
        "description": "A 422 of `POST /v1/prescription-uploads`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "photo_quality_insufficient",
                  "image_undecodable",
                  "file_empty",
                  "idempotency_key_reused"
                ]
              },
              "issues": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PhotoIssue"
                }
              }
            }
          }
        ]
      },
      "PhotoIssueCode": {
        "type": "string",
        "enum": [
          "too_small",
          "too_dark",
          "too_bright",
          "blurry",
          "cut_off"
        ]
      },
      "PhotoIssue": {
        "type": "object",
        "required": [
          "code",
          "measured",
          "threshold",
          "reason"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/PhotoIssueCode"
          },
          "measured": {
            "type": "number",
            "description": "The measured figure (px, luma, share of pixels, Laplacian variance, edge density)."
          },
          "threshold": {
            "type": "number"
          },
          "reason": {
            "type": "string",
            "description": "Why the threshold has its value."
          },
          "sides": {
            "type": "array",
            "description": "For `cut_off`, the frame sides the page runs out of.",
            "items": {
              "type": "string",
              "enum": [
                "top",
                "right",
                "bottom",
                "left"
              ]
            }
          }
        }
      },
      "PhotoQuality": {
        "type": "object",
        "required": [
          "verdict",
          "issues",
          "width",
          "height"
        ],
        "properties": {
          "verdict": {
            "type": "string",
            "enum": [
              "acceptable",
              "retake"
            ]
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PhotoIssue"
            }
          },
          "width": {
            "type": "integer",
            "minimum": 1
          },
          "height": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "PrescriptionUploadId": {
        "type": "string",
        "pattern": "^pu_[A-Za-z0-9_]+$"
      },
      "PrescriptionUploadStatus": {
        "type": "string",
        "enum": [
          "pending_review",
          "transcribed",
          "rejected"
        ]
      },
      "PrescriptionUploadCreate": {
        "type": "object",
        "required": [
          "file",
          "patient_id"
        ],
        "properties": {
          "file": {
            "type": "string",
            "contentMediaType": "application/octet-stream",
            "description": "The photo's bytes (PNG or baseline JPEG, ≤ 10 MB)."
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "consultation_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "note": {
            "type": "string",
            "maxLength": 500
          }
        }
      },
      "PrescriptionUploadReview": {
        "type": "object",
        "required": [
          "decision"
        ],
        "additionalProperties": false,
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject"
            ]
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          }
        }
      },
      "PrescriptionUpload": {
        "type": "object",
        "required": [
          "id",
          "object",
          "status",
          "patient_id",
          "content_type",
          "size",
          "sha256",
          "quality",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/PrescriptionUploadId"
          },
          "object": {
            "type": "string",
            "const": "prescription_upload"
          },
          "status": {
            "$ref": "#/components/schemas/PrescriptionUploadStatus"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "consultation_id": {
            "type": "string"
          },
          "note": {
            "type": "string"
          },
          "content_type": {
            "type": "string",
            "enum": [
              "image/png",
              "image/jpeg"
            ]
          },
          "size": {
            "type": "integer",
            "minimum": 1
          },
          "sha256": {
            "type": "string",
            "pattern": "^[a-f0-9]{64}$"
          },
          "quality": {
            "$ref": "#/components/schemas/PhotoQuality"
          },
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "review": {
            "$ref": "#/components/schemas/PharmacistReview"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PrescriptionUploadList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PrescriptionUpload"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "PrescriptionNotFoundProblem": {
        "description": "A 404 of the e-prescription operations.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "resource_not_found"
                ]
              }
            }
          }
        ]
      },
      "PrescriptionRuleProblem": {
        "description": "A 422 of `POST /v1/prescriptions`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "first_visit_not_allowed",
                  "prior_diagnosis_required",
                  "controlled_drug_not_allowed_online",
                  "days_supply_exceeds_limit",
                  "validity_exceeds_limit",
                  "unknown_medication",
                  "idempotency_key_reused"
                ]
              },
              "limit": {
                "type": "integer",
                "description": "The rule's bound (days' supply or validity days)."
              },
              "control": {
                "type": "string",
                "description": "The medication's control class, for `controlled_drug_not_allowed_online`."
              }
            }
          }
        ]
      },
      "PrescriptionSignProblem": {
        "description": "A 422 of `POST /v1/prescriptions/{id}/sign`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "safety_check_blocked",
                  "override_reason_required",
                  "idempotency_key_reused"
                ]
              },
              "safety_check": {
                "$ref": "#/components/schemas/PrescriptionSafetySummary"
              }
            }
          }
        ]
      },
      "PrescriptionConflictProblem": {
        "description": "A 409 of sign, cancel or review.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "prescription_not_draft",
                  "prescription_not_in_review",
                  "prescription_final"
                ]
              },
              "prescription_status": {
                "$ref": "#/components/schemas/PrescriptionStatus"
              }
            }
          }
        ]
      },
      "RefillConflictProblem": {
        "description": "A 409 of dispense, refill status or refill requests.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "refill_too_soon",
                  "renewal_needed",
                  "prescription_not_dispensed",
                  "prescription_not_dispensable",
                  "prescription_expired"
                ]
              },
              "earliest_refill_date": {
                "type": "string",
                "format": "date"
              },
              "renewal_reason": {
                "$ref": "#/components/schemas/RenewalReason"
              },
              "prescription_status": {
                "$ref": "#/components/schemas/PrescriptionStatus"
              }
            }
          }
        ]
      },
      "IdentityProblem": {
        "description": "A 422 of `POST /v1/prescriptions/{id}/dispense`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "invalid_resident_id",
                  "identity_mismatch",
                  "identity_document_expired",
                  "idempotency_key_reused"
                ]
              },
              "reason": {
                "type": "string",
                "enum": [
                  "length",
                  "format",
                  "check_character",
                  "birth_date"
                ],
                "description": "For `invalid_resident_id`, the part that is wrong."
              },
              "expires_on": {
                "type": "string",
                "format": "date"
              }
            }
          }
        ]
      },
      "PrescriptionId": {
        "type": "string",
        "pattern": "^rx_[A-Za-z0-9_]+$"
      },
      "RefillRequestId": {
        "type": "string",
        "pattern": "^rr_[A-Za-z0-9_]+$"
      },
      "PrescriptionStatus": {
        "type": "string",
        "enum": [
          "draft",
          "signed",
          "pharmacist_review",
          "approved",
          "rejected",
          "dispensed",
          "completed",
          "cancelled",
          "expired"
        ],
        "description": "`draft → signed → pharmacist_review → approved | rejected → dispensed (some fills done)\n→ completed (every fill done) | cancelled | expired` (validity ended before the first\nfill).\n"
      },
      "RenewalReason": {
        "type": "string",
        "enum": [
          "repeats_exhausted",
          "prescription_expired",
          "prescription_cancelled",
          "prescription_rejected"
        ]
      },
      "Quantity": {
        "type": "object",
        "required": [
          "value",
          "unit"
        ],
        "additionalProperties": false,
        "properties": {
          "value": {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 10000
          },
          "unit": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20,
            "description": "e.g. `tablet`, `capsule`, `ml`, `pack`."
          }
        }
      },
      "DosageInstruction": {
        "type": "object",
        "description": "FHIR-like `Dosage`.",
        "required": [
          "text"
        ],
        "additionalProperties": false,
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500,
            "description": "e.g. `1 tablet once daily in the morning` / `每日一次，每次1片`."
          },
          "dose": {
            "$ref": "#/components/schemas/Quantity"
          },
          "times_per_day": {
            "type": "integer",
            "minimum": 1,
            "maximum": 24
          },
          "as_needed": {
            "type": "boolean"
          }
        }
      },
      "PriorDiagnosis": {
        "type": "object",
        "description": "The diagnosis on record that the follow-up visit continues.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "icd10": {
            "type": "string",
            "pattern": "^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"
          },
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        }
      },
      "ExtendedSupply": {
        "type": "object",
        "description": "Why more than 7 days' supply (a stable chronic patient, up to 12 weeks).",
        "required": [
          "reason"
        ],
        "additionalProperties": false,
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 500
          }
        }
      },
      "PrescriptionCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "medication_id",
          "dosage_instructions",
          "quantity",
          "days_supply",
          "visit_type"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "medication_id": {
            "$ref": "#/components/schemas/MedicationId"
          },
          "dosage_instructions": {
            "x-sensitive": true,
            "type": "array",
            "minItems": 1,
            "maxItems": 5,
            "items": {
              "$ref": "#/components/schemas/DosageInstruction"
            }
          },
          "quantity": {
            "$ref": "#/components/schemas/Quantity"
          },
          "days_supply": {
            "type": "integer",
            "minimum": 1,
            "maximum": 365
          },
          "repeats_allowed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 12,
            "default": 0,
            "description": "Fills after the first."
          },
          "validity_days": {
            "type": "integer",
            "minimum": 1,
            "maximum": 30,
            "default": 1,
            "description": "Calendar days (China time) the prescription may be first dispensed in; 1 = the day issued, at most 3."
          },
          "visit_type": {
            "type": "string",
            "enum": [
              "first_visit",
              "follow_up"
            ]
          },
          "consultation_id": {
            "type": "string",
            "pattern": "^cons_[A-Za-z0-9_]+$",
            "description": "The follow-up consultation this prescription comes from."
          },
          "prior_diagnosis": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/PriorDiagnosis"
          },
          "extended_supply": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/ExtendedSupply"
          }
        }
      },
      "PrescriptionSign": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "override_reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 500,
            "description": "Why the major/moderate alerts are accepted (stored with who and when)."
          }
        }
      },
      "PrescriptionCancel": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          }
        }
      },
      "PrescriptionReview": {
        "type": "object",
        "required": [
          "decision"
        ],
        "additionalProperties": false,
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject"
            ]
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          }
        }
      },
      "ResidentIdentity": {
        "type": "object",
        "description": "The identity document shown at dispensing (居民身份证).",
        "required": [
          "type",
          "number",
          "expires_on"
        ],
        "additionalProperties": false,
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "resident_id"
            ]
          },
          "number": {
            "x-sensitive": true,
            "type": "string",
            "minLength": 1,
            "maxLength": 32
          },
          "expires_on": {
            "type": "string",
            "format": "date",
            "description": "The document's expiry date (有效期限)."
          }
        }
      },
      "DeliveryAddress": {
        "type": "object",
        "required": [
          "line1",
          "city"
        ],
        "additionalProperties": false,
        "properties": {
          "line1": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "line2": {
            "type": "string",
            "maxLength": 200
          },
          "city": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "province": {
            "type": "string",
            "maxLength": 100
          },
          "postal_code": {
            "type": "string",
            "maxLength": 20
          },
          "country": {
            "type": "string",
            "pattern": "^[A-Z]{2}$"
          }
        }
      },
      "PrescriptionDispense": {
        "type": "object",
        "required": [
          "identity"
        ],
        "additionalProperties": false,
        "properties": {
          "identity": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/ResidentIdentity"
          },
          "delivery_address": {
            "$ref": "#/components/schemas/DeliveryAddress"
          }
        }
      },
      "PrescriptionSafetySummary": {
        "type": "object",
        "description": "The safety check run at signing.",
        "required": [
          "id",
          "outcome",
          "alerts"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/SafetyCheckId"
          },
          "outcome": {
            "type": "string",
            "enum": [
              "ready",
              "warning",
              "blocked"
            ]
          },
          "alerts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SafetyAlert"
            }
          }
        }
      },
      "SafetyOverride": {
        "type": "object",
        "required": [
          "reason",
          "by",
          "at"
        ],
        "properties": {
          "reason": {
            "x-sensitive": true,
            "type": "string"
          },
          "by": {
            "type": "string",
            "description": "The prescriber id who accepted the alerts."
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Prescriber": {
        "type": "object",
        "required": [
          "id",
          "name",
          "credential"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^doc_[A-Za-z0-9_]+$"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "license_number": {
            "type": "string"
          },
          "credential": {
            "type": "string",
            "description": "The id of the doctor's credential that signed (never the key itself)."
          }
        }
      },
      "PharmacistReview": {
        "type": "object",
        "required": [
          "decision",
          "at"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approved",
              "rejected"
            ]
          },
          "reason": {
            "type": "string"
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PrescriptionFill": {
        "type": "object",
        "required": [
          "dispensed_on",
          "days_supply",
          "quantity",
          "via"
        ],
        "properties": {
          "dispensed_on": {
            "type": "string",
            "format": "date"
          },
          "days_supply": {
            "type": "integer"
          },
          "quantity": {
            "$ref": "#/components/schemas/Quantity"
          },
          "via": {
            "type": "string",
            "enum": [
              "pharmacy",
              "refill_request"
            ]
          },
          "refill_request_id": {
            "$ref": "#/components/schemas/RefillRequestId"
          }
        }
      },
      "IdentityCheck": {
        "type": "object",
        "required": [
          "status",
          "document_type",
          "checked_at"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "verified"
            ]
          },
          "document_type": {
            "type": "string",
            "enum": [
              "resident_id"
            ]
          },
          "number_last4": {
            "type": "string"
          },
          "checked_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Prescription": {
        "type": "object",
        "required": [
          "id",
          "object",
          "status",
          "patient_id",
          "medication",
          "dosage_instructions",
          "quantity",
          "days_supply",
          "repeats_allowed",
          "repeats_remaining",
          "validity_days",
          "visit_type",
          "fills",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "object": {
            "type": "string",
            "const": "prescription"
          },
          "status": {
            "$ref": "#/components/schemas/PrescriptionStatus"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "medication": {
            "type": "object",
            "required": [
              "id",
              "name",
              "essential"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/MedicationId"
              },
              "name": {
                "$ref": "#/components/schemas/LocalizedText"
              },
              "essential": {
                "type": "boolean"
              }
            }
          },
          "dosage_instructions": {
            "x-sensitive": true,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DosageInstruction"
            }
          },
          "quantity": {
            "$ref": "#/components/schemas/Quantity"
          },
          "days_supply": {
            "type": "integer"
          },
          "repeats_allowed": {
            "type": "integer"
          },
          "repeats_remaining": {
            "type": "integer",
            "description": "Fills still allowed after the ones done (before the first fill, all of them)."
          },
          "validity_days": {
            "type": "integer"
          },
          "valid_until": {
            "description": "End of the window for the first fill (set at signing).",
            "$ref": "#/components/schemas/Timestamp"
          },
          "visit_type": {
            "type": "string",
            "enum": [
              "first_visit",
              "follow_up"
            ]
          },
          "consultation_id": {
            "type": "string"
          },
          "prior_diagnosis": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/PriorDiagnosis"
          },
          "extended_supply": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/ExtendedSupply"
          },
          "prescriber": {
            "$ref": "#/components/schemas/Prescriber"
          },
          "signed_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "safety_check": {
            "$ref": "#/components/schemas/PrescriptionSafetySummary"
          },
          "safety_override": {
            "$ref": "#/components/schemas/SafetyOverride"
          },
          "review": {
            "$ref": "#/components/schemas/PharmacistReview"
          },
          "identity_check": {
            "$ref": "#/components/schemas/IdentityCheck"
          },
          "fills": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PrescriptionFill"
            }
          },
          "cancellation_reason": {
            "type": "string"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PrescriptionList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Prescription"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "RefillDue": {
        "type": "object",
        "description": "The `data.object` of a `refill.due` event: sent once per supply, at 09:00 in the\npatient's `time_zone` on the day the refill becomes `due` (3 days before the supply runs\nout, never before the earliest refill day), or later the same cycle if the platform was\nnot running then. `status` says what to offer: `due`/`overdue` → request a refill,\n`renewal_needed` → book a follow-up visit. Ids and dates only, no health data.\n",
        "required": [
          "object",
          "prescription_id",
          "patient_id",
          "status",
          "due_date",
          "runs_out_on",
          "supply"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "refill_due"
          },
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "status": {
            "type": "string",
            "enum": [
              "due",
              "overdue",
              "renewal_needed"
            ]
          },
          "due_date": {
            "type": "string",
            "format": "date",
            "description": "The patient's local day the reminder is for."
          },
          "runs_out_on": {
            "type": "string",
            "format": "date",
            "description": "The day the current supply runs out."
          },
          "supply": {
            "type": "integer",
            "minimum": 1,
            "description": "Which fill's supply is running out (1 = the first fill)."
          }
        }
      },
      "RefillStatus": {
        "type": "object",
        "required": [
          "object",
          "prescription_id",
          "status",
          "as_of",
          "last_fill_date",
          "next_due_date",
          "earliest_refill_date",
          "days_remaining",
          "repeats_remaining"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "refill_status"
          },
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "status": {
            "type": "string",
            "enum": [
              "too_soon",
              "eligible",
              "due",
              "overdue",
              "renewal_needed"
            ]
          },
          "as_of": {
            "type": "string",
            "format": "date",
            "description": "The patient's date the status was judged on (China time)."
          },
          "last_fill_date": {
            "type": "string",
            "format": "date"
          },
          "next_due_date": {
            "type": "string",
            "format": "date",
            "description": "The day the supply runs out (carry-over from early refills included)."
          },
          "earliest_refill_date": {
            "type": "string",
            "format": "date"
          },
          "days_remaining": {
            "type": "integer",
            "minimum": 0,
            "description": "Days of supply left on `as_of`."
          },
          "repeats_remaining": {
            "type": "integer"
          },
          "renewal_reason": {
            "$ref": "#/components/schemas/RenewalReason"
          }
        }
      },
      "RefillRequestCreate": {
        "type": "object",
        "required": [
          "prescription_id",
          "delivery_address"
        ],
        "additionalProperties": false,
        "properties": {
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "delivery_address": {
            "$ref": "#/components/schemas/DeliveryAddress"
          },
          "confirm_new_address": {
            "type": "boolean",
            "default": false,
            "description": "Ship to an address never used before (after an `address_change_review`)."
          }
        }
      },
      "RefillRequest": {
        "type": "object",
        "required": [
          "id",
          "object",
          "prescription_id",
          "patient_id",
          "status",
          "delivery_address",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/RefillRequestId"
          },
          "object": {
            "type": "string",
            "const": "refill_request"
          },
          "prescription_id": {
            "$ref": "#/components/schemas/PrescriptionId"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "status": {
            "type": "string",
            "enum": [
              "accepted",
              "address_change_review"
            ],
            "description": "`accepted`: filled and shipped; `address_change_review`: held, nothing filled."
          },
          "delivery_address": {
            "$ref": "#/components/schemas/DeliveryAddress"
          },
          "fill": {
            "$ref": "#/components/schemas/PrescriptionFill"
          },
          "next_due_date": {
            "type": "string",
            "format": "date"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "MedicationAdherence": {
        "type": "object",
        "required": [
          "medication_id",
          "name",
          "prescription_ids",
          "days_covered",
          "days_in_period",
          "pdc",
          "adherent"
        ],
        "properties": {
          "medication_id": {
            "$ref": "#/components/schemas/MedicationId"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "prescription_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PrescriptionId"
            }
          },
          "period_start": {
            "type": "string",
            "format": "date",
            "description": "The first day counted (the first fill in or covering the period)."
          },
          "days_covered": {
            "type": "integer",
            "minimum": 0
          },
          "days_in_period": {
            "type": "integer",
            "minimum": 0
          },
          "pdc": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 1,
            "description": "Days covered ÷ days in period; `null` with no fill covering the period."
          },
          "adherent": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "PDC ≥ 0.8."
          }
        }
      },
      "Adherence": {
        "type": "object",
        "required": [
          "object",
          "patient_id",
          "from",
          "to",
          "medications"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "adherence"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "from": {
            "type": "string",
            "format": "date"
          },
          "to": {
            "type": "string",
            "format": "date"
          },
          "medications": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MedicationAdherence"
            }
          }
        }
      },
      "MedicationQueryProblem": {
        "description": "A 400 of `GET /v1/medications`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "validation_failed",
                  "invalid_cursor",
                  "duplicate_authorization_header"
                ]
              }
            }
          }
        ]
      },
      "MedicationNotFoundProblem": {
        "description": "A 404 of `GET /v1/medications/{id}`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "resource_not_found"
                ]
              }
            }
          }
        ]
      },
      "SafetyCheckNotFoundProblem": {
        "description": "A 404 of `POST /v1/safety-checks` (the `patient_id`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "resource_not_found"
                ]
              }
            }
          }
        ]
      },
      "MedicationId": {
        "type": "string",
        "pattern": "^med_[A-Za-z0-9_]+$"
      },
      "SafetyCheckId": {
        "type": "string",
        "pattern": "^sc_[A-Za-z0-9_]+$"
      },
      "Strength": {
        "type": "object",
        "required": [
          "value",
          "unit"
        ],
        "properties": {
          "value": {
            "type": "number"
          },
          "unit": {
            "type": "string",
            "description": "e.g. `mg`, `µg`, `mg/ml`, `IU`."
          }
        }
      },
      "MedicationIngredient": {
        "type": "object",
        "required": [
          "ingredient_id",
          "name",
          "strength"
        ],
        "properties": {
          "ingredient_id": {
            "type": "string",
            "description": "The ingredient's stable slug (`paracetamol`), what safety rules work on."
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "strength": {
            "$ref": "#/components/schemas/Strength"
          }
        }
      },
      "InsuranceCode": {
        "type": "object",
        "required": [
          "code",
          "status"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "current",
              "superseded"
            ]
          },
          "replaced_by": {
            "type": "string",
            "description": "For a superseded code, the code that replaces it (claims must use it)."
          }
        }
      },
      "MedicationMatch": {
        "type": "object",
        "description": "How a search hit matched (only in search results).",
        "required": [
          "score",
          "matched",
          "via"
        ],
        "properties": {
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "1 is an exact name match."
          },
          "matched": {
            "type": "string",
            "description": "The name that matched (generic, brand, ingredient or synonym)."
          },
          "via": {
            "type": "string",
            "enum": [
              "exact",
              "prefix",
              "contains",
              "fuzzy"
            ]
          }
        }
      },
      "Medication": {
        "type": "object",
        "required": [
          "id",
          "object",
          "name",
          "brands",
          "ingredients",
          "atc",
          "form",
          "route",
          "pack",
          "dispensing",
          "control",
          "essential",
          "approval_number",
          "insurance_codes"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/MedicationId"
          },
          "object": {
            "type": "string",
            "const": "medication"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText",
            "description": "Generic (common) name."
          },
          "brands": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LocalizedText"
            }
          },
          "ingredients": {
            "type": "array",
            "description": "Every active ingredient with its strength (combination products list each).",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/MedicationIngredient"
            }
          },
          "atc": {
            "type": "array",
            "description": "WHO ATC code(s).",
            "items": {
              "type": "string"
            }
          },
          "form": {
            "type": "string",
            "enum": [
              "tablet",
              "extended_release_tablet",
              "enteric_coated_tablet",
              "capsule",
              "granules",
              "oral_solution",
              "injection",
              "inhaler",
              "transdermal_patch",
              "topical",
              "suppository",
              "sublingual_tablet"
            ]
          },
          "route": {
            "type": "string",
            "enum": [
              "oral",
              "parenteral",
              "inhalation",
              "transdermal",
              "topical",
              "rectal",
              "sublingual"
            ]
          },
          "pack": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "dispensing": {
            "type": "string",
            "enum": [
              "rx",
              "otc_a",
              "otc_b"
            ],
            "description": "Prescription-only, or China's OTC class A (甲类) / B (乙类)."
          },
          "control": {
            "type": "string",
            "enum": [
              "none",
              "narcotic",
              "psychotropic_1",
              "psychotropic_2",
              "toxic",
              "precursor"
            ],
            "description": "China's special-management class: 麻醉药品, 第一/二类精神药品, 医疗用毒性药品,\n药品类易制毒化学品, or `none`.\n"
          },
          "antimicrobial_grade": {
            "type": "string",
            "enum": [
              "unrestricted",
              "restricted",
              "special"
            ],
            "description": "抗菌药物分级 (antimicrobials only)."
          },
          "essential": {
            "type": "boolean",
            "description": "Listed in the National Essential Medicines List (国家基本药物)."
          },
          "approval_number": {
            "type": "string",
            "description": "Sandbox approval number, clearly fictitious (`国药准字SBX…`)."
          },
          "insurance_codes": {
            "type": "array",
            "description": "National insurance codes, current first; superseded ones name their replacement.",
            "items": {
              "$ref": "#/components/schemas/InsuranceCode"
            }
          },
          "match": {
            "$ref": "#/components/schemas/MedicationMatch"
          }
        }
      },
      "MedicationList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Medication"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "SafetyMedicationInput": {
        "description": "A medication by catalogue id or by free text (English or Chinese).",
        "oneOf": [
          {
            "type": "object",
            "required": [
              "medication_id"
            ],
            "additionalProperties": false,
            "properties": {
              "medication_id": {
                "$ref": "#/components/schemas/MedicationId"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "text"
            ],
            "additionalProperties": false,
            "properties": {
              "text": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            }
          }
        ]
      },
      "SafetyAllergyInput": {
        "description": "An allergy by free text (`penicillin (anaphylaxis)`) or by substance.",
        "oneOf": [
          {
            "type": "object",
            "required": [
              "text"
            ],
            "additionalProperties": false,
            "properties": {
              "text": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "reaction": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            }
          },
          {
            "type": "object",
            "required": [
              "substance"
            ],
            "additionalProperties": false,
            "properties": {
              "substance": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "reaction": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            }
          }
        ]
      },
      "SafetyConditionInput": {
        "description": "A condition by free text (`hypertension`, `eGFR 25`, `妊娠早期`) or ICD-10 code.",
        "oneOf": [
          {
            "type": "object",
            "required": [
              "text"
            ],
            "additionalProperties": false,
            "properties": {
              "text": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            }
          },
          {
            "type": "object",
            "required": [
              "icd10"
            ],
            "additionalProperties": false,
            "properties": {
              "icd10": {
                "type": "string",
                "pattern": "^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"
              }
            }
          }
        ]
      },
      "SafetyPatient": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "age": {
            "type": "number",
            "minimum": 0,
            "maximum": 130,
            "description": "Age in years."
          },
          "sex": {
            "type": "string",
            "enum": [
              "female",
              "male",
              "other",
              "unknown"
            ]
          },
          "pregnancy": {
            "description": "`true`, or the trimester / gestational week when known.",
            "oneOf": [
              {
                "type": "boolean"
              },
              {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "trimester": {
                    "type": "integer",
                    "enum": [
                      1,
                      2,
                      3
                    ]
                  },
                  "weeks": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 45
                  }
                }
              }
            ]
          },
          "egfr": {
            "type": "number",
            "minimum": 0,
            "maximum": 250,
            "description": "eGFR in ml/min/1.73 m²."
          },
          "allergies": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/SafetyAllergyInput"
            }
          },
          "conditions": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/SafetyConditionInput"
            }
          },
          "current_medications": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/SafetyMedicationInput"
            }
          }
        }
      },
      "SafetyCheckCreate": {
        "type": "object",
        "required": [
          "medications"
        ],
        "additionalProperties": false,
        "properties": {
          "medications": {
            "x-sensitive": true,
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "description": "The proposed medications.",
            "items": {
              "$ref": "#/components/schemas/SafetyMedicationInput"
            }
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "patient": {
            "x-sensitive": true,
            "$ref": "#/components/schemas/SafetyPatient"
          }
        }
      },
      "SafetyAlert": {
        "type": "object",
        "required": [
          "kind",
          "severity",
          "contraindicated",
          "medications",
          "mechanism",
          "management",
          "source"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "drug_drug",
              "duplicate_therapy",
              "drug_allergy",
              "drug_disease",
              "drug_pregnancy",
              "dose",
              "online_restricted"
            ],
            "description": "Renal and age (Beers) alerts are `dose`."
          },
          "severity": {
            "type": "string",
            "enum": [
              "major",
              "moderate",
              "minor"
            ]
          },
          "contraindicated": {
            "type": "boolean",
            "description": "A label or guideline says never to combine / use; the outcome is `blocked`."
          },
          "medications": {
            "type": "array",
            "description": "Catalogue ids of the medications concerned (proposed and current).",
            "items": {
              "$ref": "#/components/schemas/MedicationId"
            }
          },
          "mechanism": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "management": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "alternatives": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "medication_id",
                "name"
              ],
              "properties": {
                "medication_id": {
                  "$ref": "#/components/schemas/MedicationId"
                },
                "name": {
                  "$ref": "#/components/schemas/LocalizedText"
                }
              }
            }
          },
          "source": {
            "type": "string",
            "description": "Where the rule comes from (label, guideline, reference)."
          }
        }
      },
      "SafetyResolvedInput": {
        "type": "object",
        "required": [
          "field",
          "input",
          "type",
          "id",
          "name"
        ],
        "properties": {
          "field": {
            "type": "string",
            "description": "JSON pointer to the input (`/medications/0`, `/patient/allergies/1`, or\n`/patient_record/allergies/0` for what came from the patient's record).\n"
          },
          "input": {
            "x-sensitive": true,
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "medication",
              "allergy",
              "condition",
              "renal_function",
              "pregnancy",
              "age"
            ]
          },
          "id": {
            "type": "string",
            "description": "The catalogue id, allergy class, condition id or value understood."
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "detail": {
            "type": "string",
            "description": "e.g. the reaction severity of an allergy, the trimester, the eGFR value."
          }
        }
      },
      "SafetyUnresolvedInput": {
        "type": "object",
        "required": [
          "field",
          "input",
          "reason"
        ],
        "properties": {
          "field": {
            "type": "string"
          },
          "input": {
            "x-sensitive": true,
            "type": "string"
          },
          "reason": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "SafetyNotice": {
        "type": "object",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "no_allergies_recorded",
              "no_conditions_recorded",
              "no_renal_function",
              "no_age"
            ]
          },
          "message": {
            "$ref": "#/components/schemas/LocalizedText"
          }
        }
      },
      "SafetyCheck": {
        "type": "object",
        "required": [
          "id",
          "object",
          "outcome",
          "alerts",
          "resolved",
          "unresolved",
          "notices",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/SafetyCheckId"
          },
          "object": {
            "type": "string",
            "const": "safety_check"
          },
          "outcome": {
            "type": "string",
            "enum": [
              "ready",
              "warning",
              "blocked"
            ]
          },
          "alerts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SafetyAlert"
            }
          },
          "resolved": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SafetyResolvedInput"
            }
          },
          "unresolved": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SafetyUnresolvedInput"
            }
          },
          "notices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SafetyNotice"
            }
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "TestClockId": {
        "type": "string",
        "pattern": "^clock_[A-Za-z0-9_]+$"
      },
      "TestClockCreate": {
        "type": "object",
        "required": [
          "frozen_time"
        ],
        "additionalProperties": false,
        "properties": {
          "frozen_time": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        }
      },
      "TestClockAdvance": {
        "type": "object",
        "required": [
          "frozen_time"
        ],
        "additionalProperties": false,
        "properties": {
          "frozen_time": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "TestClock": {
        "type": "object",
        "description": "A sandbox clock; its objects live at `frozen_time`.",
        "required": [
          "id",
          "object",
          "frozen_time",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TestClockId"
          },
          "object": {
            "type": "string",
            "const": "test_clock"
          },
          "name": {
            "type": "string"
          },
          "frozen_time": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "status": {
            "type": "string",
            "enum": [
              "ready"
            ],
            "description": "`ready`: every object of the clock has caught up with `frozen_time`."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ConsultationConflictProblem": {
        "description": "A 409 of the consultations domain.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "slot_unavailable",
                  "consultation_type_not_offered",
                  "consultation_not_cancellable",
                  "too_early",
                  "ended",
                  "consultation_not_joinable",
                  "consultation_not_scheduled",
                  "consultation_closed"
                ]
              },
              "consultation_status": {
                "$ref": "#/components/schemas/ConsultationStatus"
              },
              "joinable_from": {
                "$ref": "#/components/schemas/Timestamp"
              },
              "slot_start": {
                "$ref": "#/components/schemas/Timestamp"
              }
            }
          }
        ]
      },
      "ConsultationUnprocessableProblem": {
        "description": "A 422 of `POST /v1/consultations`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Problem"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "slot_required",
                  "invalid_slot",
                  "slot_in_past",
                  "invalid_time_zone",
                  "idempotency_key_reused"
                ]
              }
            }
          }
        ]
      },
      "DoctorId": {
        "type": "string",
        "pattern": "^doc_[A-Za-z0-9_]+$"
      },
      "ConsultationId": {
        "type": "string",
        "pattern": "^cons_[A-Za-z0-9_]+$"
      },
      "ConsultationMessageId": {
        "type": "string",
        "pattern": "^cmsg_[A-Za-z0-9_]+$"
      },
      "OffsetDateTime": {
        "type": "string",
        "format": "date-time",
        "description": "RFC 3339 with the UTC offset of a named zone, e.g. `2027-03-29T17:00:00+08:00`."
      },
      "LocalDate": {
        "type": "string",
        "format": "date"
      },
      "DoctorDepartment": {
        "type": "string",
        "description": "The 16 departments (the same values triage results recommend).",
        "enum": [
          "emergency",
          "cardiology",
          "respiratory",
          "gastroenterology",
          "neurology",
          "orthopedics",
          "rheumatology",
          "dermatology",
          "ENT",
          "ophthalmology",
          "pediatrics",
          "obstetrics_gynecology",
          "urology",
          "endocrinology",
          "psychiatry",
          "general_internal_medicine"
        ]
      },
      "ConsultationType": {
        "type": "string",
        "enum": [
          "text",
          "video"
        ]
      },
      "WeeklyScheduleBlock": {
        "type": "object",
        "description": "Opening hours on one weekday, in the doctor's local time (`end` excluded).",
        "required": [
          "weekday",
          "start",
          "end"
        ],
        "properties": {
          "weekday": {
            "type": "integer",
            "minimum": 1,
            "maximum": 7,
            "description": "ISO weekday, 1 = Monday … 7 = Sunday."
          },
          "start": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
          },
          "end": {
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
          }
        }
      },
      "Doctor": {
        "type": "object",
        "required": [
          "id",
          "object",
          "name",
          "title",
          "department",
          "hospital",
          "languages",
          "time_zone",
          "consultation_types",
          "fee",
          "slot_minutes",
          "weekly_schedule"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/DoctorId"
          },
          "object": {
            "type": "string",
            "const": "doctor"
          },
          "name": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "title": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "department": {
            "$ref": "#/components/schemas/DoctorDepartment"
          },
          "hospital": {
            "$ref": "#/components/schemas/LocalizedText"
          },
          "languages": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/Locale"
            }
          },
          "time_zone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "consultation_types": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/ConsultationType"
            }
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "slot_minutes": {
            "type": "integer",
            "minimum": 5,
            "maximum": 120
          },
          "weekly_schedule": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WeeklyScheduleBlock"
            }
          }
        }
      },
      "DoctorList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Doctor"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Slot": {
        "type": "object",
        "required": [
          "start",
          "end",
          "doctor_local_start"
        ],
        "properties": {
          "start": {
            "$ref": "#/components/schemas/OffsetDateTime"
          },
          "end": {
            "$ref": "#/components/schemas/OffsetDateTime"
          },
          "doctor_local_start": {
            "$ref": "#/components/schemas/OffsetDateTime",
            "description": "The same instant in the doctor's zone."
          }
        }
      },
      "SlotDay": {
        "type": "object",
        "required": [
          "date",
          "slots"
        ],
        "properties": {
          "date": {
            "$ref": "#/components/schemas/LocalDate"
          },
          "slots": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Slot"
            }
          }
        }
      },
      "DoctorSlots": {
        "type": "object",
        "required": [
          "object",
          "doctor_id",
          "time_zone",
          "doctor_time_zone",
          "from",
          "to",
          "days"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "doctor_slots"
          },
          "doctor_id": {
            "$ref": "#/components/schemas/DoctorId"
          },
          "time_zone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "doctor_time_zone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "from": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "to": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "days": {
            "type": "array",
            "description": "Local dates (in `time_zone`) with at least one free slot, in order.",
            "items": {
              "$ref": "#/components/schemas/SlotDay"
            }
          }
        }
      },
      "ConsultationStatus": {
        "type": "string",
        "enum": [
          "requested",
          "accepted",
          "in_progress",
          "completed",
          "cancelled",
          "missed"
        ]
      },
      "VisitType": {
        "type": "string",
        "enum": [
          "first",
          "follow_up"
        ],
        "description": "China's online rules allow prescribing only in `follow_up` visits, with the prior\ndiagnosis on file (`prior_diagnosis_file_id`).\n"
      },
      "ConsultationCreate": {
        "type": "object",
        "required": [
          "patient_id",
          "doctor_id",
          "type",
          "reason"
        ],
        "additionalProperties": false,
        "properties": {
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "doctor_id": {
            "$ref": "#/components/schemas/DoctorId"
          },
          "type": {
            "$ref": "#/components/schemas/ConsultationType"
          },
          "slot_start": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "A slot `start` from the slots list (any offset; the same instant)."
          },
          "patient_time_zone": {
            "$ref": "#/components/schemas/TimeZone",
            "description": "The patient's IANA zone (default the patient's `time_zone`); reminders and the calendar use it."
          },
          "triage_interview_id": {
            "type": "string",
            "pattern": "^[a-z]+_[A-Za-z0-9_]+$"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "x-sensitive": true
          },
          "visit_type": {
            "$ref": "#/components/schemas/VisitType"
          },
          "prior_diagnosis_file_id": {
            "$ref": "#/components/schemas/FileId"
          },
          "attachments": {
            "type": "array",
            "maxItems": 10,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "ConsultationCancel": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "reason": {
            "type": "string",
            "enum": [
              "patient_request",
              "doctor_unavailable",
              "other"
            ]
          }
        }
      },
      "StatusChange": {
        "type": "object",
        "required": [
          "status",
          "at"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/ConsultationStatus"
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "LocalTimes": {
        "type": "object",
        "description": "The same instant as both parties see it.",
        "required": [
          "patient",
          "doctor"
        ],
        "properties": {
          "patient": {
            "$ref": "#/components/schemas/OffsetDateTime"
          },
          "doctor": {
            "$ref": "#/components/schemas/OffsetDateTime"
          }
        }
      },
      "Consultation": {
        "type": "object",
        "required": [
          "id",
          "object",
          "patient_id",
          "doctor_id",
          "department",
          "type",
          "status",
          "visit_type",
          "patient_time_zone",
          "doctor_time_zone",
          "ends_at",
          "fee",
          "reason",
          "attachments",
          "status_history",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ConsultationId"
          },
          "object": {
            "type": "string",
            "const": "consultation"
          },
          "patient_id": {
            "$ref": "#/components/schemas/PatientId"
          },
          "doctor_id": {
            "$ref": "#/components/schemas/DoctorId"
          },
          "department": {
            "$ref": "#/components/schemas/DoctorDepartment"
          },
          "type": {
            "$ref": "#/components/schemas/ConsultationType"
          },
          "status": {
            "$ref": "#/components/schemas/ConsultationStatus"
          },
          "visit_type": {
            "$ref": "#/components/schemas/VisitType"
          },
          "scheduled_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "The slot start in UTC (absent for a text consultation without a slot)."
          },
          "scheduled_local": {
            "$ref": "#/components/schemas/LocalTimes"
          },
          "ends_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "joinable_from": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "Video only; 10 minutes before `scheduled_at`."
          },
          "patient_time_zone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "doctor_time_zone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "reason": {
            "type": "string",
            "x-sensitive": true
          },
          "triage_interview_id": {
            "type": "string"
          },
          "prior_diagnosis_file_id": {
            "$ref": "#/components/schemas/FileId"
          },
          "attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "status_history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/StatusChange"
            }
          },
          "cancellation_reason": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ConsultationList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Consultation"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "VideoJoinCreate": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "participant": {
            "type": "string",
            "enum": [
              "patient",
              "doctor"
            ],
            "default": "patient",
            "description": "Widget sessions join as `patient` only."
          }
        }
      },
      "VideoJoin": {
        "type": "object",
        "required": [
          "object",
          "consultation_id",
          "participant",
          "room_id",
          "url",
          "token",
          "valid_from",
          "expires_at"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "video_join"
          },
          "consultation_id": {
            "$ref": "#/components/schemas/ConsultationId"
          },
          "participant": {
            "type": "string",
            "enum": [
              "patient",
              "doctor"
            ]
          },
          "room_id": {
            "type": "string",
            "pattern": "^room_[A-Za-z0-9_]+$"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "token": {
            "type": "string",
            "x-sensitive": true,
            "description": "Valid for this consultation and this participant only."
          },
          "valid_from": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AttachmentRequest": {
        "type": "object",
        "description": "What the doctor asks the patient to upload (the patient UI offers an upload).",
        "required": [
          "reason",
          "purpose"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "enum": [
              "missing",
              "unreadable",
              "wrong_document"
            ]
          },
          "purpose": {
            "type": "string",
            "enum": [
              "prior_diagnosis",
              "test_result",
              "prescription_photo",
              "other"
            ]
          },
          "file_id": {
            "$ref": "#/components/schemas/FileId",
            "description": "The attachment that is wrong or unreadable, when there is one."
          }
        }
      },
      "ConsultationMessageCreate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "x-sensitive": true
          },
          "attachments": {
            "type": "array",
            "minItems": 1,
            "maxItems": 10,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "in_reply_to": {
            "$ref": "#/components/schemas/ConsultationMessageId"
          }
        }
      },
      "ConsultationMessage": {
        "type": "object",
        "required": [
          "id",
          "object",
          "consultation_id",
          "sender",
          "kind",
          "attachments",
          "created_at"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ConsultationMessageId"
          },
          "object": {
            "type": "string",
            "const": "consultation_message"
          },
          "consultation_id": {
            "$ref": "#/components/schemas/ConsultationId"
          },
          "sender": {
            "type": "string",
            "enum": [
              "patient",
              "doctor",
              "system"
            ]
          },
          "kind": {
            "type": "string",
            "enum": [
              "text",
              "attachment_request"
            ]
          },
          "text": {
            "type": "string",
            "x-sensitive": true
          },
          "attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FileId"
            }
          },
          "attachment_request": {
            "$ref": "#/components/schemas/AttachmentRequest"
          },
          "in_reply_to": {
            "$ref": "#/components/schemas/ConsultationMessageId"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ConsultationMessageList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConsultationMessage"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      }
    }
  },
  "x-sensitive-fields": [
    "given_name",
    "family_name",
    "date_of_birth",
    "gender",
    "phone",
    "email",
    "address",
    "id_number",
    "national_id",
    "symptoms",
    "notes",
    "diagnoses",
    "medications"
  ]
} as const;
