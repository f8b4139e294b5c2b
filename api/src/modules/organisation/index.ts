// The organisation module's public surface: other modules import from here only.
export { Organisation, OrganisationKind } from './organisation.entity.js';
export { organisationLoaders, organisationView, type OrganisationRow } from './organisation.loaders.js';
export { OrganisationResolver } from './organisation.resolver.js';
export { OrganisationService } from './organisation.service.js';
