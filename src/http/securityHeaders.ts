// Security headers on everything the server answers (admin, API, publications): a CSP the admin
// works under, no framing, no MIME sniffing, no full referrers sent to other sites.
import helmet from 'helmet'

// The admin is Next: its pages carry inline bootstrap scripts and inline styles, so those are
// allowed; everything else (scripts, fonts, images, connections) comes from this server only.
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
}

export const securityHeaders = ({ https }: { https: boolean }) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, ...(https ? { upgradeInsecureRequests: [] } : {}) } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only means something over HTTPS; on plain HTTP it would be ignored anyway.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600 } : false,
    // Downstream sites read the API and the PDFs from other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  })
