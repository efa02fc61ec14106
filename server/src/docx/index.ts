/** The .docx reader: used by the CLI (and later the server); outside the pure core because it unzips and parses XML. */
export {
  readDocx,
  DocxError,
  MAX_RATIO,
  MAX_UNCOMPRESSED,
  type DocxErrorReason,
  type DocxText,
  type DocxParagraph,
  type DocxSegment,
  type DocxPosition,
  type DocxPart,
  type SegmentKind,
  type ReadOptions,
  type DocxSource,
  type ParagraphSource,
  type RunSource,
  type TextSource,
  type XmlEncoding,
} from './read';
export { writeComments, COMMENT_AUTHOR, COMMENT_INITIALS, type DocxComment, type CommentOptions } from './comments';
export { commentsFor } from './findings';
