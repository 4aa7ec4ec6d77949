package org.mitwirken.common.opendata;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of one record of a JSON download; the rows themselves are maps built by each source. */
@Schema(name = "OpenDataRecord", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
        description = "One record: the fields its dataset lists in the catalogue (listOpenData), each a value, "
                + "a list of values or null")
interface OpenDataRecord {
}
