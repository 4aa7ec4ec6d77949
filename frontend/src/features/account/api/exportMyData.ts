import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { saveFile } from '@/api/saveFile';

/** Downloads everything stored about the logged-in account as a JSON file. */
export async function exportMyData() {
  const result = await api.GET('/api/v1/me/data', { parseAs: 'blob' });
  saveFile(unwrap(result) as Blob, 'mitwirken-meine-daten.json');
}
