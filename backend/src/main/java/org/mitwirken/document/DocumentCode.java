package org.mitwirken.document;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with an uploaded document. */
enum DocumentCode implements ProblemCode {
    /** The content is none of PDF, PNG, JPEG, GIF and WebP, whatever the file's name says. */
    FILE_TYPE_NOT_ACCEPTED
}
