/*
 * Sluice plugin ABI, major version 1.
 *
 * The one contract between the Sluice kernel and every plugin. Plain C so a
 * plugin built with another compiler or standard library still loads.
 *
 * Rules (see sdk/docs/vendor-guide.md for the long form):
 *  - A plugin exports exactly one symbol, SLUICE_ENTRY_SYMBOL. A new major
 *    version is a new symbol name; the host refuses any other major.
 *  - Minor versions only append fields to the end of tables. Every table starts
 *    with struct_size so each side can tell which fields the other one knows.
 *  - Memory: whoever allocates frees. Inputs (sluice_str, arrays) are borrowed
 *    for the duration of the call only. Outputs go through host-provided
 *    sluice_writer callbacks, so nothing a plugin allocates outlives a call.
 *  - Errors are status codes plus a message written to an error writer.
 *    Exceptions never cross this boundary.
 *  - Lifetimes come in pairs: create/destroy per configured instance,
 *    stream_new/stream_destroy per streamed request. stream_destroy is called
 *    exactly once, also when the client went away mid-stream.
 *  - Instances may be called from many threads at once; a stream object is
 *    only ever used by one thread at a time.
 */
#ifndef SLUICE_ABI_H
#define SLUICE_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** ABI major version: part of the entry symbol's name, never changes within v1. */
#define SLUICE_ABI_MAJOR 1
/** ABI minor version: grows when fields are appended to a table. */
#define SLUICE_ABI_MINOR 2
/** Name of the single symbol every plugin exports. */
#define SLUICE_ENTRY_SYMBOL "sluice_plugin_entry_v1"

/** Symbol visibility for the entry point (plugins build with hidden visibility). */
#if defined(_WIN32)
#define SLUICE_EXPORT __declspec(dllexport)
#else
#define SLUICE_EXPORT __attribute__((visibility("default")))
#endif

/** Result of every ABI call. */
typedef enum sluice_status {
    SLUICE_OK = 0,
    SLUICE_ERR_INVALID_INPUT = 1, /* the input was malformed; message says why */
    SLUICE_ERR_UNSUPPORTED = 2,   /* the plugin does not implement this operation */
    SLUICE_ERR_INTERNAL = 3,      /* a bug or unexpected failure inside the plugin */
    SLUICE_ERR_CANCELLED = 4,     /* a host writer refused more output (client gone) */
    SLUICE_ERR_DENIED = 5         /* a host service refused the call (permissions) */
} sluice_status;

/** What a plugin is: one kind per plugin. */
typedef enum sluice_kind {
    SLUICE_KIND_PROVIDER = 1,  /* translates canonical requests to an upstream API */
    SLUICE_KIND_AUTH = 2,      /* reads a caller credential from request headers */
    SLUICE_KIND_BILLING = 3,   /* prices a request before and after it runs */
    SLUICE_KIND_RAG_STORE = 4, /* stores and retrieves knowledge-base chunks */
    SLUICE_KIND_MCP_TOOL = 5   /* exposes tools to models through MCP */
} sluice_kind;

/** Log levels for sluice_host_api.log. */
typedef enum sluice_log_level {
    SLUICE_LOG_DEBUG = 0,
    SLUICE_LOG_INFO = 1,
    SLUICE_LOG_WARN = 2,
    SLUICE_LOG_ERROR = 3
} sluice_log_level;

/** A borrowed byte string: not NUL-terminated, valid only during the call. */
typedef struct sluice_str {
    const char* data;
    size_t size;
} sluice_str;

/** A borrowed header pair. */
typedef struct sluice_header {
    sluice_str name;
    sluice_str value;
} sluice_header;

/**
 * An output sink provided by the caller. write() copies the bytes; a non-OK
 * return (SLUICE_ERR_CANCELLED) means the consumer is gone and the producer
 * should stop and return that status.
 */
typedef struct sluice_writer {
    void* ctx;
    sluice_status (*write)(void* ctx, const char* data, size_t size);
} sluice_writer;

/**
 * One HTTP(S) exchange the host performs on a plugin's behalf (ABI 1.1).
 * Everything is borrowed for the duration of the call.
 */
typedef struct sluice_http_request {
    uint32_t struct_size;
    sluice_str method;             /* "GET", "POST", ... */
    sluice_str url;                /* absolute http:// or https:// URL */
    const sluice_header* headers;  /* may be NULL when header_count is 0 */
    size_t header_count;
    sluice_str body;               /* empty for none */
    int64_t timeout_ms;            /* whole exchange; <= 0 means the host's default (30 s) */
} sluice_http_request;

/** Services the host offers to plugins. Passed to the entry point and to create(). */
typedef struct sluice_host_api {
    uint32_t struct_size;
    uint32_t abi_major;
    uint32_t abi_minor;
    void* ctx;
    /**
     * Writes one log line attributed to the calling plugin. Secrets must not be
     * logged. Needs "log" in the manifest's permissions.host_services; without
     * it the line is dropped and the host audits the attempt.
     */
    void (*log)(void* ctx, sluice_log_level level, const char* message, size_t size);
    /**
     * Adds delta to the plugin's named counter in the host's metrics. Needs
     * "counter_add" in permissions.host_services; otherwise SLUICE_ERR_DENIED
     * (and an audit entry).
     */
    sluice_status (*counter_add)(void* ctx, const char* name, size_t name_size, int64_t delta);

    /* ---- ABI 1.1: check struct_size (or abi_minor >= 1) before using these. ---- */

    /**
     * Performs an HTTP(S) request and blocks until it completes; the response
     * status goes to *http_status and its body to body. Only for plugins that
     * talk to a service themselves (a RAG store, an MCP tool, a provider's
     * token exchange in create()); never call it from translation operations,
     * which run on the kernel's event loops. The URL's host must match an
     * entry of permissions.egress ("api.acme.com", "*.acme.com" or "*") and
     * "http" must be in permissions.host_services; otherwise SLUICE_ERR_DENIED
     * with the reason in err (and an audit entry). A transport failure or
     * timeout is SLUICE_ERR_INTERNAL with the reason in err.
     */
    sluice_status (*http_fetch)(void* ctx, const sluice_http_request* request, int32_t* http_status,
                                sluice_writer* body, sluice_writer* err);
    /**
     * Writes the value of a secret the operator provided as the environment
     * variable SLUICE_SECRET_<NAME> to value. The name must be listed in
     * permissions.secrets; otherwise SLUICE_ERR_DENIED (and an audit entry).
     * SLUICE_ERR_INVALID_INPUT when the operator has not set it.
     */
    sluice_status (*secret_get)(void* ctx, const char* name, size_t name_size, sluice_writer* value,
                                sluice_writer* err);
} sluice_host_api;

/* ------------------------------------------------------------------ provider */

/** Exact token usage reported by an upstream, as typed numbers (-1 = unknown). */
typedef struct sluice_usage {
    uint32_t struct_size;
    int64_t prompt_tokens;
    int64_t completion_tokens;
    int64_t total_tokens;
    int64_t cached_prompt_tokens;
    int64_t reasoning_tokens;
} sluice_usage;

/** How the kernel should react to an upstream failure. */
typedef enum sluice_error_class {
    SLUICE_ERROR_CLIENT = 1,        /* the caller's fault: return it, do not retry */
    SLUICE_ERROR_RETRYABLE = 2,     /* transient: try again or try another channel */
    SLUICE_ERROR_CHANNEL_FATAL = 3  /* this channel/key is broken (bad key, no credit) */
} sluice_error_class;

/** The classification of one upstream error response. */
typedef struct sluice_error_info {
    uint32_t struct_size;
    sluice_error_class error_class;
    int32_t client_status;   /* for client errors, the 4xx status to give the caller */
    int64_t retry_after_ms;  /* from the upstream, or -1 */
} sluice_error_info;

/** One call's view of the channel and the canonical (OpenAI-shaped) request. */
typedef struct sluice_provider_call {
    uint32_t struct_size;
    sluice_str base_url;        /* channel base URL, e.g. https://api.openai.com/v1 */
    sluice_str api_key;         /* the upstream key chosen for this call (secret) */
    sluice_str upstream_model;  /* model name after the channel's model_map */
    sluice_str channel_options; /* channel-specific JSON object, "{}" when none */
    sluice_str request_body;    /* the request JSON, in `format` (the canonical chat request before 1.2) */
    int32_t stream;             /* non-zero when the caller asked for a stream */
    int32_t include_usage;      /* non-zero when the caller asked for a usage chunk */
    /* ---- ABI 1.2: absent (empty) when the host is older; read them only within struct_size. ---- */
    /**
     * The wire format of request_body, and of the answer the kernel expects back:
     * "openai-chat" (the canonical model), or a format the provider's manifest
     * lists under "formats" (e.g. "anthropic-messages"), when the caller spoke
     * it: then the body arrives untranslated and the answer goes back as the
     * upstream wrote it. Empty means "openai-chat".
     */
    sluice_str format;
    /** What is asked: "chat" (the endpoints work adds others). Empty means "chat". */
    sluice_str operation;
} sluice_provider_call;

/** Where a provider writes the upstream HTTP request it wants the kernel to send. */
typedef struct sluice_request_builder {
    void* ctx;
    void (*set_method)(void* ctx, const char* method, size_t size);
    void (*set_url)(void* ctx, const char* url, size_t size);
    void (*add_header)(void* ctx, const char* name, size_t name_size, const char* value,
                       size_t value_size);
    sluice_writer body;
} sluice_request_builder;

/** The provider kind's operations. All are pure translation: no I/O. */
typedef struct sluice_provider_vtable {
    uint32_t struct_size;
    /** Creates an instance from its JSON config; the message goes to err on failure. */
    sluice_status (*create)(const sluice_host_api* host, sluice_str config_json, void** instance,
                            sluice_writer* err);
    void (*destroy)(void* instance);
    /** Builds the upstream request for one call. */
    sluice_status (*build_request)(void* instance, const sluice_provider_call* call,
                                   sluice_request_builder* out, sluice_writer* err);
    /** Translates a whole successful upstream body into a canonical body and usage. */
    sluice_status (*translate_response)(void* instance, const sluice_provider_call* call,
                                        sluice_str upstream_body, sluice_writer* out,
                                        sluice_usage* usage, sluice_writer* err);
    /** Starts translating one upstream stream. */
    sluice_status (*stream_new)(void* instance, const sluice_provider_call* call, void** stream,
                                sluice_writer* err);
    /**
     * Feeds raw upstream bytes, split anywhere. Each complete canonical SSE event
     * ("data: {...}\n\n") is written to out as one write() call.
     */
    sluice_status (*stream_feed)(void* stream, sluice_str bytes, sluice_writer* out,
                                 sluice_writer* err);
    /** Ends the stream: flushes what remains and reports the usage seen. */
    sluice_status (*stream_finish)(void* stream, sluice_writer* out, sluice_usage* usage,
                                   sluice_writer* err);
    /** Releases a stream; called exactly once per stream_new that returned OK. */
    void (*stream_destroy)(void* stream);
    /**
     * Classifies a non-2xx upstream response. error_body receives the error as a
     * canonical OpenAI error object ({"error":{"message","type","param","code"}}):
     * the kernel returns it to the caller for client errors and only logs it
     * otherwise (it may name upstream details the caller must not see).
     */
    void (*classify_error)(void* instance, int32_t http_status, const sluice_header* headers,
                           size_t header_count, sluice_str body, sluice_error_info* out,
                           sluice_writer* error_body);
    /**
     * Optional (NULL for network providers). For providers with no upstream
     * server (the offline mock, on-device models): writes the upstream response
     * bytes itself instead of the kernel sending the built request. The kernel
     * feeds those bytes through translate_response or stream_feed exactly like
     * bytes from the network. A non-OK write means the client is gone.
     */
    sluice_status (*serve_locally)(void* instance, const sluice_provider_call* call,
                                   int32_t* http_status, sluice_writer* upstream_bytes,
                                   sluice_writer* err);
} sluice_provider_vtable;

/* ---------------------------------------------------------------------- auth */

/** What an auth scheme found in a request. */
typedef enum sluice_auth_outcome {
    SLUICE_AUTH_NO_CREDENTIAL = 0, /* nothing this scheme understands: try the next one */
    SLUICE_AUTH_API_KEY = 1,       /* an API key, written to the credential writer */
    SLUICE_AUTH_REJECTED = 2       /* a credential was present but is malformed */
} sluice_auth_outcome;

/** The auth kind's operations: read a credential, never look it up. */
typedef struct sluice_auth_vtable {
    uint32_t struct_size;
    sluice_status (*create)(const sluice_host_api* host, sluice_str config_json, void** instance,
                            sluice_writer* err);
    void (*destroy)(void* instance);
    /** Inspects request headers and the query string for a credential. */
    sluice_status (*authenticate)(void* instance, const sluice_header* headers,
                                  size_t header_count, sluice_str query,
                                  sluice_auth_outcome* outcome, sluice_writer* credential,
                                  sluice_writer* err);
} sluice_auth_vtable;

/* ------------------------------------------------- billing, rag_store, mcp_tool */

/** The billing kind's operations: prices in integer micro-units, never floats. */
typedef struct sluice_billing_vtable {
    uint32_t struct_size;
    sluice_status (*create)(const sluice_host_api* host, sluice_str config_json, void** instance,
                            sluice_writer* err);
    void (*destroy)(void* instance);
    /** Estimates the amount to pre-consume for a request before it runs. */
    sluice_status (*quote)(void* instance, sluice_str model, sluice_str request_body,
                           int64_t* micro_units, sluice_writer* err);
    /** Computes the final amount from the exact usage once the request ended. */
    sluice_status (*settle)(void* instance, sluice_str model, const sluice_usage* usage,
                            int64_t* micro_units, sluice_writer* err);
} sluice_billing_vtable;

/** The rag_store kind's operations: JSON in, JSON out. */
typedef struct sluice_rag_store_vtable {
    uint32_t struct_size;
    sluice_status (*create)(const sluice_host_api* host, sluice_str config_json, void** instance,
                            sluice_writer* err);
    void (*destroy)(void* instance);
    /** Stores chunks with their embeddings ({"collection","chunks":[...]}). */
    sluice_status (*upsert)(void* instance, sluice_str request_json, sluice_writer* result,
                            sluice_writer* err);
    /** Returns the nearest chunks for a query embedding as JSON. */
    sluice_status (*query)(void* instance, sluice_str request_json, sluice_writer* result,
                           sluice_writer* err);
} sluice_rag_store_vtable;

/** The mcp_tool kind's operations: MCP tool schemas and calls as JSON. */
typedef struct sluice_mcp_tool_vtable {
    uint32_t struct_size;
    sluice_status (*create)(const sluice_host_api* host, sluice_str config_json, void** instance,
                            sluice_writer* err);
    void (*destroy)(void* instance);
    /** Writes the MCP "tools" array this plugin offers. */
    sluice_status (*list_tools)(void* instance, sluice_writer* tools_json, sluice_writer* err);
    /** Runs one tool with JSON arguments and writes the MCP result object. */
    sluice_status (*call_tool)(void* instance, sluice_str name, sluice_str arguments_json,
                               sluice_writer* result_json, sluice_writer* err);
} sluice_mcp_tool_vtable;

/* --------------------------------------------------------------- descriptor */

/** What the entry point returns: static data owned by the plugin for its lifetime. */
typedef struct sluice_plugin_descriptor {
    uint32_t struct_size;
    uint32_t abi_major;              /* SLUICE_ABI_MAJOR the plugin was built with */
    uint32_t abi_minor;              /* SLUICE_ABI_MINOR the plugin was built with */
    sluice_kind kind;
    const char* id;                  /* e.g. "sluice/provider-openai"; must match the manifest */
    const char* version;             /* semantic version; must match the manifest */
    const char* config_schema_json;  /* JSON Schema of the instance config, or NULL */
    const void* vtable;              /* sluice_<kind>_vtable matching kind */
} sluice_plugin_descriptor;

/** Signature of SLUICE_ENTRY_SYMBOL. May return NULL to refuse the host. */
typedef const sluice_plugin_descriptor* (*sluice_entry_fn)(const sluice_host_api* host);

/** The entry point every plugin defines (the SLUICE_*_PLUGIN macros do it). */
SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v1(const sluice_host_api* host);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_ABI_H */
