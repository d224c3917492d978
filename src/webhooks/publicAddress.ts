// Keeps webhooks from turning the server into a probe of internal addresses: a receiver's host
// must resolve to public unicast addresses only. The check runs on the address actually
// connected to (a DNS lookup inside the connection), so a name that resolves to 10.0.0.5 or
// 127.0.0.1, or is re-pointed after the endpoint was saved, is refused as well.
import dns from 'node:dns'
import net, { type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'

export class NonPublicAddressError extends Error {
  override name = 'NonPublicAddressError'
  constructor(host: string, address: string, range: string) {
    super(
      `${host === address ? address : `${host} resolves to ${address}`}, a ${range} address: webhooks are only sent to public internet addresses ` +
        '(an operator can allow private networks with WEBHOOK_ALLOW_PRIVATE_NETWORKS=true).',
    )
  }
}

/** ipaddr.js's range of an address ('unicast' means a public address); IPv4-mapped IPv6 counts as its IPv4. */
export function addressRange(address: string): string {
  return ipaddr.process(address).range()
}

export const isPublicAddress = (address: string): boolean => addressRange(address) === 'unicast'

/** Throws when `host` is an IP literal that is not public (the system connects to those without a lookup). */
export function refuseNonPublicLiteral(host: string): void {
  const bare = host.replace(/^\[|\]$/g, '')
  if (net.isIP(bare) && !isPublicAddress(bare)) throw new NonPublicAddressError(bare, bare, addressRange(bare))
}

/** A `lookup` for node:http(s) that fails the connection when any address of the name is not public. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error || addresses.length === 0) return callback(error ?? Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), options.all ? [] : '', undefined)
    const refused = addresses.find((a) => !isPublicAddress(a.address))
    if (refused) return callback(new NonPublicAddressError(hostname, refused.address, addressRange(refused.address)), options.all ? [] : '', undefined)
    if (options.all) return callback(null, addresses)
    const first = addresses[0]
    callback(null, first.address, first.family)
  })
}
