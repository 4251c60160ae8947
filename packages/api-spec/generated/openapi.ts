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
      "name": "triage",
      "description": "Symptom triage: free text to concepts, a guided interview that screens red flags at every\nstep, and a result with urgency, departments, advice and a clinician summary. Triage\nsupport, not a diagnosis.\n"
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
              "triage:read": "Parse symptom text and read triage interviews",
              "triage:write": "Start and answer triage interviews",
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
          "triage:read",
          "triage:write",
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
          "triage.completed",
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
            "description": "The patient's IANA zone (default `Asia/Shanghai`); reminders and the calendar use it."
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
