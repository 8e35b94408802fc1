package dev.quire.mcp;

/**
 * The tools' input schemas (JSON Schema 2020-12), written out so that a model reads exact types,
 * limits and defaults. {@link Args} enforces the same limits, whatever the client validated.
 */
final class Schemas {
    private Schemas() {}

    private static final String INDEX_ID = "{\"type\":\"string\",\"minLength\":1,\"maxLength\":200,"
            + "\"description\":\"An index id from list_indexes (idx-...).\"}";
    private static final String INDEX_IDS = "{\"type\":\"array\",\"minItems\":1,\"maxItems\":10,\"uniqueItems\":true,"
            + "\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":200},"
            + "\"description\":\"1 to 10 index ids from list_indexes.\"}";
    private static final String FILE_ID = "{\"type\":\"string\",\"minLength\":1,\"maxLength\":200,"
            + "\"description\":\"A file id from retrieve or find_files.\"}";

    static final String LIST_INDEXES = """
            {"type":"object","additionalProperties":false,"properties":{
              "limit":{"type":"integer","minimum":1,"maximum":100,"default":50,
                       "description":"How many indexes to return, newest first."}}}""";

    static final String RETRIEVE = """
            {"type":"object","additionalProperties":false,"required":["query","index_ids"],"properties":{
              "query":{"type":"string","minLength":1,"maxLength":2000,
                       "description":"What to search for, in natural language or keywords."},
              "index_ids":%s,
              "top_k":{"type":"integer","minimum":1,"maximum":50,"default":5,
                       "description":"How many passages to return in all."},
              "file_id":%s,
              "filters":{"type":"object","description":"Metadata filters: each key is a metadata field of the files; the value is {\\"operator\\": one of eq, ne, gt, gte, lt, lte, in, nin, \\"value\\": a string, number or boolean (a list for in/nin)}, or a list of such bounds for a numeric range. All filters must hold.",
                         "additionalProperties":{"oneOf":[
                           {"$ref":"#/$defs/condition"},
                           {"type":"array","items":{"$ref":"#/$defs/condition"},"minItems":1}]}}},
             "$defs":{"condition":{"type":"object","required":["operator","value"],"additionalProperties":false,
               "properties":{"operator":{"type":"string","enum":["eq","ne","gt","gte","lt","lte","in","nin"]},
                             "value":{"type":["string","number","boolean","array"]}}}}}"""
            .formatted(INDEX_IDS, FILE_ID.replace("\"description\":\"A file id from retrieve or find_files.\"",
                    "\"description\":\"Only search this file (a file id from retrieve or find_files).\""));

    static final String FIND_FILES = """
            {"type":"object","additionalProperties":false,"required":["index_id"],"properties":{
              "index_id":%s,
              "name":{"type":"string","minLength":1,"maxLength":1000,"description":"The exact file name."},
              "name_contains":{"type":"string","minLength":1,"maxLength":1000,
                               "description":"A part of the file name, matched without regard to case."},
              "limit":{"type":"integer","minimum":1,"maximum":200,"default":50,
                       "description":"How many files to return, by name."}}}""".formatted(INDEX_ID);

    static final String GREP_FILE = """
            {"type":"object","additionalProperties":false,"required":["index_id","file_id","pattern"],"properties":{
              "index_id":%s,
              "file_id":%s,
              "pattern":{"type":"string","minLength":1,"maxLength":1000,
                         "description":"A regular expression in RE2 syntax (no backreferences or lookaround)."},
              "context_chars":{"type":"integer","minimum":0,"maximum":2000,"default":80,
                               "description":"Characters of context on each side of a match."},
              "max_matches":{"type":"integer","minimum":1,"maximum":100,"default":20,
                             "description":"How many matches to return, in file order."}}}"""
            .formatted(INDEX_ID, FILE_ID);

    static final String READ_FILE = """
            {"type":"object","additionalProperties":false,"required":["index_id","file_id"],"properties":{
              "index_id":%s,
              "file_id":%s,
              "offset":{"type":"integer","minimum":0,"default":0,
                        "description":"Character offset to start at (offsets of retrieve and grep_file)."},
              "max_length":{"type":"integer","minimum":1,"maximum":20000,"default":4000,
                            "description":"How many characters to read."}}}""".formatted(INDEX_ID, FILE_ID);

    static final String ASK = """
            {"type":"object","additionalProperties":false,"required":["question","index_ids"],"properties":{
              "question":{"type":"string","minLength":1,"maxLength":20000,"description":"The question to answer."},
              "index_ids":%s,
              "session_id":{"type":"string","minLength":1,"maxLength":200,
                            "description":"A session_id an earlier ask returned, to ask a follow-up with the same indexes."}}}"""
            .formatted(INDEX_IDS);
}
