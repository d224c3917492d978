// GET /publications/directories/<country>/<file>.pdf: a current printed directory of services (see src/http/publications.ts).
import config from '@payload-config'
import { getPayload } from 'payload'
import { publicDirectoryResponse } from '../../../../../../http/publications'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ country: string; file: string }> }) {
  const { country, file } = await params
  return publicDirectoryResponse(await getPayload({ config }), request, country, file)
}
