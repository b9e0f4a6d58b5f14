import * as path from 'path';
import { GroupStep, SetUpClassGroups } from '../../server/application/SetUpClassGroups';
import { ImRestClient } from '../../server/infrastructure/tencent/ImRestClient';
import { ImRestGroupAdmin } from '../../server/infrastructure/tencent/ImRestGroupAdmin';
import { tlsUserSigner } from '../../server/infrastructure/tencent/userSigner';
import { loadCatalog } from './classCatalog';
import { catalogDirectory } from './catalogSchool';
import { signingFromEnv } from './devServer';

/**
 * `npm run im:groups [-- <classId> …]`: makes each class's signalling and chat groups on Tencent IM
 * (docs/go-live.md, section 2), every class of the catalog when none is named. Safe to run again:
 * what exists is checked, not made twice. Exits 1 when a class needs a person's hand.
 */
export async function setUpGroups(env: NodeJS.ProcessEnv, classIds: readonly string[], log: (line: string) => void): Promise<boolean> {
  const signing = signingFromEnv(env);
  if (!signing) throw new Error('set TENCENT_SDK_APP_ID and TENCENT_SECRET_KEY (the IM console) first');
  const catalog = loadCatalog(path.resolve(env.LESSON_CLASSES_FILE ?? 'devtools/server/classes.example.json'));
  const directory = catalogDirectory(catalog);
  const im = new ImRestClient({
    sdkAppId: signing.sdkAppId,
    signer: tlsUserSigner(signing.sdkAppId, signing.secretKey),
    adminId: env.TENCENT_IM_ADMIN,
    baseUrl: env.TENCENT_IM_REST_URL,
    clock: { now: () => Date.now(), delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  });
  const setUp = new SetUpClassGroups(new ImRestGroupAdmin(im));
  const chosen = classIds.length > 0 ? classIds : catalog.classes.map((found) => found.classId);
  let clean = true;
  for (const classId of chosen) {
    const entry = directory.find(classId);
    const found = catalog.classes.find((candidate) => candidate.classId === classId);
    if (!entry || !found) {
      log(`${classId}: not in the catalog, or without a teacher, groups and room`);
      clean = false;
      continue;
    }
    for (const step of await setUp.execute(entry, typeof found.title === 'string' ? found.title : classId)) {
      log(`${classId}: ${describe(step)}`);
      if ('problem' in step) clean = false;
    }
  }
  return clean;
}

function describe(step: GroupStep): string {
  if ('problem' in step) return `${step.groupId} NEEDS A HAND: ${step.problem}`;
  if (step.did === 'admins-added') return `${step.groupId} admins added: ${step.userIds.join(', ')}`;
  return `${step.groupId} ${step.did}`;
}

if (require.main === module) {
  setUpGroups(process.env, process.argv.slice(2), (line) => console.log(line)).then(
    (clean) => process.exit(clean ? 0 : 1),
    (error: Error) => {
      console.error(error.message);
      process.exit(2);
    },
  );
}
