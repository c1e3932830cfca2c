/**
 * Lucene index and search of vanban documents.
 *
 * <ul>
 *   <li>{@link org.vanban.index.VietnameseExactAnalyzer}, {@link org.vanban.index.VietnameseFoldingAnalyzer},
 *       {@link org.vanban.index.VietnameseBigramAnalyzer}: plain Lucene analyzers (Lucene + ICU4J only).</li>
 *   <li>{@link org.vanban.index.IndexSchema}: field names; one record per document and one per section.</li>
 *   <li>{@link org.vanban.index.DocumentIndex}: writer (upsert, delete, commit).</li>
 *   <li>{@link org.vanban.index.IndexSearch}: reader (search with filters and snippets, get, export).</li>
 * </ul>
 */
package org.vanban.index;
