import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { familyViolations, layerViolations, staffKitViolations } from './layerRules';

const ROOT = path.resolve(__dirname, '../..');

describe('layers', () => {
  it('keeps domain/ and application/ free of SDKs, WeChat, MobX, the container and outer layers', () => {
    expect(layerViolations(ROOT)).toEqual([]);
  });

  it('keeps the adapter families apart: no family folder imports another family', () => {
    expect(familyViolations(ROOT)).toEqual([]);
  });

  it('keeps the staff kit framework-free: no package, no family, no server, no WeChat', () => {
    expect(staffKitViolations(ROOT)).toEqual([]);
  });

  describe('the checker itself', () => {
    let root: string;
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };

    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    });

    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it("catches the staff kit reaching for a package, a family or the server's code", () => {
      write('staff/application/A.ts', "import TIM from 'tim-js-sdk';\nimport { x } from '../../infrastructure/local/X';\n");
      write(
        'staff/application/B.ts',
        "import { y } from '../../server/application/Y';\nimport { z } from '../../infrastructure/shared/signalling/z';\n",
      );
      expect(staffKitViolations(root).map((violation) => violation.rule)).toEqual([
        'the staff kit imports the package "tim-js-sdk"',
        'the staff kit imports infrastructure/local/X',
        'the staff kit imports server/application/Y',
      ]);
    });

    it('catches each kind of leak', () => {
      write('domain/A.ts', "import { observable } from 'mobx-miniprogram';\nimport { B } from '../application/B';\n");
      write('application/B.ts', "import TIM from 'tim-wx-sdk';\nexport const B = () => wx.getStorageSync('k');\n");
      write('application/C.ts', "import { x } from '../infrastructure/local/X';\nconst c = require('inversify');\n");
      write('application/D.ts', 'export const d = getApp();\n');
      expect(layerViolations(root).map((violation) => violation.rule)).toEqual([
        'domain imports the package "mobx-miniprogram"',
        'domain imports application/ ("../application/B")',
        'application imports the package "tim-wx-sdk"',
        'application uses the WeChat global wx',
        'application imports infrastructure/ ("../infrastructure/local/X")',
        'application imports the package "inversify"',
        'application uses the WeChat global getApp',
      ]);
    });

    it("catches a family importing another family's adapters, and allows the shared folder and the backends", () => {
      write(
        'infrastructure/tic/TicChat.ts',
        "import { timError } from '../tim-wx/timError';\nimport { Listeners } from '../shared/Listeners';\n",
      );
      write(
        'infrastructure/tim-wx/TimChat.ts',
        "import { LocalChat } from '../local/LocalChat';\nimport { TrtcJoin } from '../trtc-wx/TrtcJoin';\n",
      );
      write('infrastructure/local/LocalChat.ts', "import { x } from '../shared/signalling/x';\n");
      // A backend any family may bind: the Tencent family may import it; it may import no family.
      write('infrastructure/tencent/tencentFamilyModule.ts', "import { LcicClassroomBackend } from '../apaas/LcicClassroomBackend';\n");
      write(
        'infrastructure/apaas/LcicClassroomBackend.ts',
        "import { getJson } from '../shared/http/getJson';\nimport { TimChat } from '../tim-wx/TimChat';\n",
      );
      expect(familyViolations(root)).toEqual([
        { file: 'infrastructure/tim-wx/TimChat.ts', rule: 'the tencent family imports the local family ("../local/LocalChat")' },
        { file: 'infrastructure/tic/TicChat.ts', rule: 'the tic family imports the tencent family ("../tim-wx/timError")' },
        {
          file: 'infrastructure/apaas/LcicClassroomBackend.ts',
          rule: 'the apaas backend imports the tencent family ("../tim-wx/TimChat")',
        },
      ]);
    });

    it('allows inner imports and the word wx as a property name', () => {
      write('domain/A.ts', 'export const a = { wx: 1 };\n');
      write('application/B.ts', "import { a } from '../domain/A';\nexport const b = a.wx;\n");
      expect(layerViolations(root)).toEqual([]);
    });
  });
});
