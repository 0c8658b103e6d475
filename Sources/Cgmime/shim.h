// GMime (Debian's libgmime-3.0-dev) as the Mail module uses it: the library parses each message
// (RFC 5322 headers, RFC 2047 words, MIME parts, quoted-printable and base64, charsets); these
// helpers only flatten its GObject types into plain C values that Swift imports cleanly. Every
// pointer they return is borrowed from the message unless it says "free with g_free".
#include <gmime/gmime.h>
#include <stdint.h>

static inline void gw_mime_init(void) { g_mime_init(); }

/// One message from `length` bytes, or NULL when they are not one. Unref with gw_unref.
static inline GMimeMessage *gw_message_parse(const char *bytes, size_t length) {
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes, length);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, NULL);
    g_object_unref(parser);
    g_object_unref(stream);
    return message;
}

static inline void gw_unref(void *object) { g_object_unref(object); }
static inline void gw_free(void *memory) { g_free(memory); }

/// The raw (undecoded) value of the first header of that name, or NULL.
static inline const char *gw_header(GMimeMessage *message, const char *name) {
    return g_mime_object_get_header(GMIME_OBJECT(message), name);
}

/// RFC 2047 words decoded to UTF-8; free with g_free.
static inline char *gw_decode_text(const char *raw) { return g_mime_utils_header_decode_text(NULL, raw); }

static inline const char *gw_message_id(GMimeMessage *message) { return g_mime_message_get_message_id(message); }
static inline const char *gw_subject(GMimeMessage *message) { return g_mime_message_get_subject(message); }

/// Seconds since the epoch of the Date header; 0 in *found when there is none or it is unreadable.
static inline int64_t gw_date(GMimeMessage *message, int *found) {
    GDateTime *date = g_mime_message_get_date(message);
    *found = date != NULL;
    return date ? g_date_time_to_unix(date) : 0;
}

/// 0 From, 1 To, 2 Cc, 3 Bcc, 4 Reply-To, 5 Sender.
static inline InternetAddressList *gw_address_list(GMimeMessage *message, int which) {
    switch (which) {
    case 0: return g_mime_message_get_from(message);
    case 1: return g_mime_message_get_to(message);
    case 2: return g_mime_message_get_cc(message);
    case 3: return g_mime_message_get_bcc(message);
    case 4: return g_mime_message_get_reply_to(message);
    default: return g_mime_message_get_sender(message);
    }
}

static inline void gw_flatten_addresses(InternetAddressList *list, GPtrArray *out) {
    int count = internet_address_list_length(list);
    for (int i = 0; i < count; i++) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) g_ptr_array_add(out, address);
        else if (INTERNET_ADDRESS_IS_GROUP(address)) gw_flatten_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
    }
}

/// The mailboxes of one address header, groups flattened. Free the array with gw_array_free.
static inline GPtrArray *gw_mailboxes(GMimeMessage *message, int which) {
    GPtrArray *out = g_ptr_array_new();
    InternetAddressList *list = gw_address_list(message, which);
    if (list) gw_flatten_addresses(list, out);
    return out;
}

static inline unsigned gw_array_length(GPtrArray *array) { return array->len; }
static inline void *gw_array_item(GPtrArray *array, unsigned index) { return array->pdata[index]; }
static inline void gw_array_free(GPtrArray *array) { g_ptr_array_free(array, TRUE); }

static inline const char *gw_mailbox_name(void *address) { return internet_address_get_name(INTERNET_ADDRESS(address)); }
static inline const char *gw_mailbox_address(void *address) { return internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)); }

/// The message ids of a References or In-Reply-To value, in order; each free with g_free (the
/// array frees them).
static inline GPtrArray *gw_references(const char *raw) {
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (!raw) return out;
    GMimeReferences *references = g_mime_references_parse(NULL, raw);
    if (!references) return out;
    int count = g_mime_references_length(references);
    for (int i = 0; i < count; i++) g_ptr_array_add(out, g_strdup(g_mime_references_get_message_id(references, i)));
    g_mime_references_free(references);
    return out;
}

static inline void gw_collect_parts(GMimeObject *object, GPtrArray *out) {
    if (GMIME_IS_MULTIPART(object)) {
        int count = g_mime_multipart_get_count(GMIME_MULTIPART(object));
        for (int i = 0; i < count; i++) gw_collect_parts(g_mime_multipart_get_part(GMIME_MULTIPART(object), i), out);
    } else if (GMIME_IS_PART(object)) {
        g_ptr_array_add(out, object);
    }
    // A message/rfc822 part is a forwarded message: not this message's own words.
}

/// The leaf parts of the message's body, in order. Free the array with gw_array_free.
static inline GPtrArray *gw_parts(GMimeMessage *message) {
    GPtrArray *out = g_ptr_array_new();
    GMimeObject *body = g_mime_message_get_mime_part(message);
    if (body) gw_collect_parts(body, out);
    return out;
}

static inline GMimeObject *gw_body(GMimeMessage *message) { return g_mime_message_get_mime_part(message); }

/// `text/plain`; free with g_free.
static inline char *gw_mime_type(GMimeObject *object) {
    GMimeContentType *type = g_mime_object_get_content_type(object);
    return type ? g_mime_content_type_get_mime_type(type) : g_strdup("text/plain");
}

static inline const char *gw_type_parameter(GMimeObject *object, const char *name) {
    GMimeContentType *type = g_mime_object_get_content_type(object);
    return type ? g_mime_content_type_get_parameter(type, name) : NULL;
}

static inline int gw_is_attachment(GMimeObject *part) { return g_mime_part_is_attachment(GMIME_PART(part)); }

/// A text part's words in UTF-8, transfer encoding and charset decoded; NULL for other parts.
/// Free with g_free.
static inline char *gw_part_text(GMimeObject *part) {
    return GMIME_IS_TEXT_PART(part) ? g_mime_text_part_get_text(GMIME_TEXT_PART(part)) : NULL;
}

/// Any part's content, transfer encoding decoded; *length bytes; free with g_free.
static inline char *gw_part_bytes(GMimeObject *part, size_t *length) {
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(part));
    *length = 0;
    if (!content) return NULL;
    GMimeStream *stream = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, stream);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    char *out = g_malloc(bytes->len + 1);
    memcpy(out, bytes->data, bytes->len);
    out[bytes->len] = 0;
    *length = bytes->len;
    g_object_unref(stream);
    return out;
}
