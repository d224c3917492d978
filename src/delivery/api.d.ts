// Generated from src/delivery/openapi.ts by `npm run generate:delivery-types`. Do not edit.
export interface paths {
    "/guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The series in order
         * @description Every guide published in this locale, with its cover and the current PDF of every locale.
         */
        get: operations["listGuides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guides/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One whole guide
         * @description Chapters in order (sanitized HTML and structured JSON), survivor quotes and exercises resolved inline, figures with renditions, the legal instruments cited, the glossary, and which fields fell back to English.
         */
        get: operations["getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/glossary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The series glossary */
        get: operations["getGlossary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal instruments the series cites */
        get: operations["getLegalInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        Locale: "en" | "id" | "ms" | "vi" | "th";
        /**
         * @description practitioner-guide: one of the six guides of the series, with its five parts. guidance-note: the Guidance Note on Developing a Directory of Services, with parts of its own.
         * @enum {string}
         */
        GuideKind: "practitioner-guide" | "guidance-note";
        Error: {
            error: {
                status: number;
                /** @description Stable name of the error, e.g. GuideNotFound, UnknownLocale, RateLimited. */
                code: string;
                /** @description What happened and what to do. */
                message: string;
            };
        };
        Rendition: {
            name: string;
            url: string;
            width: number;
            height: number;
            mimeType: string;
        };
        Image: {
            /** @description Alternative text in the response locale (English when not translated). */
            alt: string;
            caption?: string;
            credit?: string;
            /** @description What the figure's numbers or symbols stand for, one entry per mark (e.g. "1 First recognition"), in the response locale. */
            key?: string[];
            width: number;
            height: number;
            /** @description The original upload. */
            url: string;
            renditions: components["schemas"]["Rendition"][];
        };
        /** @description A locale's current PDF. */
        Edition: {
            locale: components["schemas"]["Locale"];
            url: string;
            bytes: number;
            pages: number;
            sha256: string;
            /** @description False when some text is still English or not yet approved in this locale. */
            translationComplete: boolean;
            /** Format: date-time */
            builtAt: string;
        };
        GuideSummary: {
            slug: string;
            kind: components["schemas"]["GuideKind"];
            seriesNumber: number;
            locale: components["schemas"]["Locale"];
            title: string;
            subtitle: string;
            summary: string;
            cover: components["schemas"]["Image"] | null;
            /** @description This guide in the delivery API, in this locale. */
            url: string;
            /** @description The current PDF of every locale that has one. */
            editions: components["schemas"]["Edition"][];
            /**
             * Format: date-time
             * @description When this locale snapshot was made.
             */
            publishedAt: string;
        };
        GuideList: {
            locale: components["schemas"]["Locale"];
            guides: components["schemas"]["GuideSummary"][];
        };
        /** @description Lexical editor state. Block nodes (type "block") carry resolved `fields`: SurvivorQuoteFields, ExerciseFields, FigureFields, CalloutFields or NotepadFields, by `fields.blockType`. */
        LexicalState: {
            root: {
                [key: string]: unknown;
            };
        };
        SurvivorQuoteFields: {
            /** @constant */
            blockType: "survivorQuote";
            quote: components["schemas"]["Quote"];
        };
        /** @description A survivor quote: public fields only. */
        Quote: {
            text: string;
            attribution: string;
            /** @description Written for illustration, not the words of a real person. */
            illustrative: boolean;
        };
        ExerciseFields: {
            /** @constant */
            blockType: "exercise";
            exercise: components["schemas"]["Exercise"];
        };
        Exercise: {
            title: string;
            kind: string;
            instructions: components["schemas"]["LexicalState"] | null;
            instructionsHtml: string;
            questions: string[];
            /** @description Ruled lines left for writing in the printed workbook. */
            notepadLines: number;
        };
        FigureFields: {
            /** @constant */
            blockType: "figure";
            image: components["schemas"]["Image"];
            caption?: string;
            credit?: string;
            /** @enum {unknown} */
            width?: "full" | "half";
        };
        Chapter: {
            slug: string;
            /** @description Which part of its guide this chapter is: for a practitioner guide introduction, legal-obligations, key-concepts, issues-and-challenges or guidance; for the guidance note introduction, directory-purpose, directory-building, directory-safety or directory-upkeep; other for an unnumbered chapter. */
            part: string;
            title: string;
            /** @description Sanitized HTML, ready to put in a page (no scripts, styles or event attributes; links are http(s) or mailto). */
            html: string;
            body: components["schemas"]["LexicalState"] | null;
        };
        LegalInstrument: {
            shortName: string;
            name: string;
            year: number;
            articles: {
                number: string;
                summary: string;
            }[];
        };
        GlossaryTerm: {
            term: string;
            definition: string;
        };
        Guide: {
            slug: string;
            kind: components["schemas"]["GuideKind"];
            seriesNumber: number;
            locale: components["schemas"]["Locale"];
            title: string;
            subtitle: string;
            summary: string;
            year: number;
            edition: string;
            translatorCredit?: string;
            disclaimer?: string;
            isbn?: string;
            cover: components["schemas"]["Image"] | null;
            chapters: components["schemas"]["Chapter"][];
            /** @description The instruments this guide cites. */
            legalInstruments: components["schemas"]["LegalInstrument"][];
            glossary: components["schemas"]["GlossaryTerm"][];
            /** @description Fields shown in English because their translation is missing, e.g. "chapter introduction: title". */
            fellBackToEnglish: string[];
            translationComplete: boolean;
            /** @description This locale's current PDF. */
            pdf: components["schemas"]["Edition"] | null;
            /** Format: date-time */
            publishedAt: string;
        };
        Glossary: {
            locale: components["schemas"]["Locale"];
            terms: components["schemas"]["GlossaryTerm"][];
        };
        LegalInstrumentList: {
            locale: components["schemas"]["Locale"];
            legalInstruments: components["schemas"]["LegalInstrument"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGuides: {
        parameters: {
            query?: {
                /** @description The language wanted. Without it, the best match of Accept-Language is used, else English. */
                locale?: "en" | "id" | "ms" | "vi" | "th";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series */
            200: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    /** @description Short max-age with stale-while-revalidate. */
                    "Cache-Control"?: string;
                    /** @description The locale this response is in. */
                    "Content-Language"?: string;
                    /** @description Space-separated cache keys (also sent as Cache-Tag) a CDN can purge by: `guide:<slug>`, `locale:<code>`, `guide:<slug>:<code>`. */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown locale */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGuide: {
        parameters: {
            query?: {
                /** @description The language wanted. Without it, the best match of Accept-Language is used, else English. */
                locale?: "en" | "id" | "ms" | "vi" | "th";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guide */
            200: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    /** @description Short max-age with stale-while-revalidate. */
                    "Cache-Control"?: string;
                    /** @description The locale this response is in. */
                    "Content-Language"?: string;
                    /** @description Space-separated cache keys (also sent as Cache-Tag) a CDN can purge by: `guide:<slug>`, `locale:<code>`, `guide:<slug>:<code>`. */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown locale */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No published guide with this slug in this locale */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGlossary: {
        parameters: {
            query?: {
                /** @description The language wanted. Without it, the best match of Accept-Language is used, else English. */
                locale?: "en" | "id" | "ms" | "vi" | "th";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The glossary, sorted for the locale */
            200: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    /** @description Short max-age with stale-while-revalidate. */
                    "Cache-Control"?: string;
                    /** @description The locale this response is in. */
                    "Content-Language"?: string;
                    /** @description Space-separated cache keys (also sent as Cache-Tag) a CDN can purge by: `guide:<slug>`, `locale:<code>`, `guide:<slug>:<code>`. */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Glossary"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown locale */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLegalInstruments: {
        parameters: {
            query?: {
                /** @description The language wanted. Without it, the best match of Accept-Language is used, else English. */
                locale?: "en" | "id" | "ms" | "vi" | "th";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instruments, oldest first */
            200: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    /** @description Short max-age with stale-while-revalidate. */
                    "Cache-Control"?: string;
                    /** @description The locale this response is in. */
                    "Content-Language"?: string;
                    /** @description Space-separated cache keys (also sent as Cache-Tag) a CDN can purge by: `guide:<slug>`, `locale:<code>`, `guide:<slug>:<code>`. */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalInstrumentList"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description Strong validator: the hash of the published snapshot. Send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown locale */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
