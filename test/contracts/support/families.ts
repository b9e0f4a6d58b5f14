import { FamilyFixture } from './FamilyFixture';
import { localFamily } from './localFamily';
import { tencentFamily } from './tencentFamily';
import { ticFamily } from './ticFamily';

/** Every adapter family the contract suites run against. A new family adds one line here. */
export const families: readonly FamilyFixture[] = [localFamily, tencentFamily, ticFamily];

/** `describe.each(familyTable)('%s family', (_, family) => …)` names each run after its family. */
export const familyTable = families.map((family) => [family.name, family] as const);
