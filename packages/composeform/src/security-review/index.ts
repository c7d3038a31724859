export { reviewSecurity } from './review-security.js'
export { renderSecurityReview } from './render-text.js'
export type {
  AttentionItem,
  EncryptionReview,
  IngressReview,
  ListenerReview,
  LoadBalancerReview,
  LogGroupReview,
  RoleReview,
  SecurityReview,
  ServiceReview,
  ServiceSecretReview,
  StatementReview,
  StoredSecretReview,
} from './types.js'
