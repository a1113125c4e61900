/**
 * A run without a counted vote writes no biên bản kiểm phiếu and no tờ trình (and,
 * when the ballots cannot be counted, no report), but those of an earlier run may
 * still lie at the same paths beside the new summary. They are the user's files, so they are never deleted;
 * the command names them instead, so that nobody signs minutes that no longer
 * match the result.
 */
import { existingPaths } from './files';

/** The vote documents at the output paths that this run did not write. */
export async function staleVoteDocs(paths: readonly string[], wroteVoteDocs: boolean): Promise<string[]> {
  return wroteVoteDocs ? [] : existingPaths(paths);
}

/** The warning that ends the terminal output; nothing when there is no stale file. */
export function staleVoteDocsWarning(shown: readonly string[]): string[] {
  if (shown.length === 0) return [];
  return [
    '',
    'Lưu ý: lần chạy này không có kết quả kiểm phiếu nên không lập các văn bản sau. Các tệp này là của một lần chạy trước và không khớp với kết quả này:',
    ...shown.map((path) => `        ${path}`),
    'Đừng ký hay gửi các tệp đó; hãy xoá chúng hoặc chuyển sang thư mục khác.',
  ];
}
