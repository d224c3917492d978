// POST /api/<collection>/access/:id tells the admin panel what the user may do with a document.
// Asked anonymously about a hidden document it would answer differently than for a missing one
// (the document is fetched to evaluate the read rule), so the public always gets the answer for
// the collection as a whole, whatever id it names. Staff keep the per-document answer.
import { addDataAndFileToRequest, docAccessOperation, type CollectionConfig, type Config, type Endpoint, type PayloadRequest } from 'payload'

const docAccess = (slug: string): Endpoint => ({
  path: '/access/:id?',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    await addDataAndFileToRequest(req)
    const collection = req.payload.collections[slug as never]
    const id = req.user ? (req.routeParams?.id as string | undefined) : undefined
    return Response.json(await docAccessOperation({ id, collection, data: req.data, req }))
  },
})

export const docAccessParity =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => ({
      ...collection,
      endpoints: collection.endpoints === false ? false : [docAccess(collection.slug), ...(collection.endpoints ?? [])],
    })),
  })
