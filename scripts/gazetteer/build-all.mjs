// Regenerate every gazetteer file in data/ (order matters: given names read data/cities.json).
import { join } from 'node:path';
import { dataDir, writeJsonArray, writeLines } from './lib.mjs';
import { buildCountries } from './build-countries.mjs';
import { buildCities } from './build-cities.mjs';
import { buildOrganizations } from './build-organizations.mjs';
import { buildRoles } from './build-roles.mjs';
import { buildGivenNames, buildFamilyNames, buildParticles } from './build-names.mjs';

writeJsonArray(join(dataDir, 'countries.json'), buildCountries());
writeJsonArray(join(dataDir, 'cities.json'), buildCities().cities);
writeJsonArray(join(dataDir, 'organizations.json'), buildOrganizations());
writeJsonArray(join(dataDir, 'roles.json'), buildRoles());
writeLines(join(dataDir, 'given-names.txt'), buildGivenNames().names);
writeLines(join(dataDir, 'family-names.txt'), buildFamilyNames());
writeLines(join(dataDir, 'name-particles.txt'), buildParticles());
