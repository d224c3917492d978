// GET /publications/<guide>/<file>.pdf: a current edition's PDF (see src/http/publications.ts).
import config from '@payload-config'
import { getPayload } from 'payload'
import { publicEditionResponse } from '../../../../../http/publications'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ guide: string; file: string }> }) {
  const { guide, file } = await params
  return publicEditionResponse(await getPayload({ config }), request, guide, file)
}
