package dev.quire.ingest;

import java.util.Map;
import java.util.Optional;

/** The parse API's language codes (ISO 639-1 and a few of its own) as Tesseract's (ISO 639-2). */
public final class OcrLanguages {
    private static final Map<String, String> TESSERACT = Map.ofEntries(
            Map.entry("af", "afr"), Map.entry("ar", "ara"), Map.entry("az", "aze"), Map.entry("be", "bel"),
            Map.entry("bg", "bul"), Map.entry("bn", "ben"), Map.entry("bs", "bos"), Map.entry("ch_sim", "chi_sim"),
            Map.entry("ch_tra", "chi_tra"), Map.entry("cs", "ces"), Map.entry("cy", "cym"), Map.entry("da", "dan"),
            Map.entry("de", "deu"), Map.entry("en", "eng"), Map.entry("es", "spa"), Map.entry("et", "est"),
            Map.entry("fa", "fas"), Map.entry("fr", "fra"), Map.entry("ga", "gle"), Map.entry("hi", "hin"),
            Map.entry("hr", "hrv"), Map.entry("hu", "hun"), Map.entry("id", "ind"), Map.entry("is", "isl"),
            Map.entry("it", "ita"), Map.entry("ja", "jpn"), Map.entry("kn", "kan"), Map.entry("ko", "kor"),
            Map.entry("ku", "kmr"), Map.entry("la", "lat"), Map.entry("lt", "lit"), Map.entry("lv", "lav"),
            Map.entry("mi", "mri"), Map.entry("mn", "mon"), Map.entry("mr", "mar"), Map.entry("ms", "msa"),
            Map.entry("mt", "mlt"), Map.entry("ne", "nep"), Map.entry("nl", "nld"), Map.entry("no", "nor"),
            Map.entry("oc", "oci"), Map.entry("pl", "pol"), Map.entry("pt", "por"), Map.entry("ro", "ron"),
            Map.entry("rs_cyrillic", "srp"), Map.entry("rs_latin", "srp_latn"), Map.entry("ru", "rus"),
            Map.entry("sa", "san"), Map.entry("sk", "slk"), Map.entry("sl", "slv"), Map.entry("sq", "sqi"),
            Map.entry("sv", "swe"), Map.entry("sw", "swa"), Map.entry("ta", "tam"), Map.entry("te", "tel"),
            Map.entry("th", "tha"), Map.entry("tl", "tgl"), Map.entry("tr", "tur"), Map.entry("ug", "uig"),
            Map.entry("uk", "ukr"), Map.entry("ur", "urd"), Map.entry("uz", "uzb"), Map.entry("vi", "vie"));

    private OcrLanguages() {}

    /** Tesseract's code for an API code; empty for a code Tesseract has no model for. */
    public static Optional<String> tesseract(String apiCode) {
        return Optional.ofNullable(TESSERACT.get(apiCode));
    }
}
