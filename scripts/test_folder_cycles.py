#!/usr/bin/env python3
"""The folder cycle check fails on trees that break the rule, and names where (CTest:
folder_cycles_selftest). Each case writes a small source tree in a temporary folder and runs
scripts/folder_cycles.py on it as CTest runs it on the project."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'folder_cycles.py')


class FolderCycles(unittest.TestCase):
    def tree(self, files):
        """A source tree holding @p files (path -> text); returns its folder."""
        root = tempfile.mkdtemp(prefix='folder-cycles-')
        self.addCleanup(shutil.rmtree, root)
        for path, text in files.items():
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as f:
                f.write(text)
        return root

    def run_check(self, root):
        r = subprocess.run([sys.executable, CHECK, root], capture_output=True, text=True)
        return r.returncode, r.stdout

    # Three folders in a circle, the way models/lab, models/mobility and models/routing were.
    CIRCLE = {
        'models/lab/lab.h': '#pragma once\n#include "routing/router.h"\n',
        'models/routing/router.cpp': '#include "router.h"\n#include "mobility/em.h"\n',
        'models/routing/router.h': '#pragma once\n',
        'models/mobility/em.h': '#pragma once\n#include <QObject>\n',
        'models/mobility/em.cpp': '#include "em.h"\n#include "lab/lab.h"\n',
    }

    def test_circle_fails_naming_folders_and_files(self):
        code, out = self.run_check(self.tree(self.CIRCLE))
        self.assertEqual(code, 1, out)
        self.assertIn('folders include each other in a circle: models/lab, models/mobility, models/routing', out)
        self.assertIn('models/lab -> models/routing -> models/mobility -> models/lab', out)
        self.assertIn('models/mobility -> models/lab: models/mobility/em.cpp includes "lab/lab.h"', out)
        self.assertIn('models/routing -> models/mobility: models/routing/router.cpp includes "mobility/em.h"', out)

    def test_broken_circle_passes(self):
        files = dict(self.CIRCLE)
        files['models/mobility/em.cpp'] = '#include "em.h"\n'
        code, out = self.run_check(self.tree(files))
        self.assertEqual(code, 0, out)
        self.assertIn('no folder include cycles', out)

    def test_relative_include_counts(self):
        files = dict(self.CIRCLE)
        files['models/mobility/em.cpp'] = '#include "em.h"\n#include "../lab/lab.h"\n'
        code, out = self.run_check(self.tree(files))
        self.assertEqual(code, 1, out)
        self.assertIn('models/mobility/em.cpp includes "../lab/lab.h"', out)

    def test_same_folder_and_outside_headers_are_no_edges(self):
        code, out = self.run_check(self.tree({
            'models/lab/a.h': '#pragma once\n#include "b.h"\n#include "ui_a.h"\n#include "lab/b.h"\n',
            'models/lab/b.h': '#pragma once\n#include "a.h"\n',
        }))
        self.assertEqual(code, 0, out)

    def test_two_folders_including_each_other(self):
        code, out = self.run_check(self.tree({
            'models/ils/net.cpp': '#include "lab/lab.h"\n',
            'models/lab/lab.cpp': '#include "ils/net.h"\n',
            'models/ils/net.h': '#pragma once\n',
            'models/lab/lab.h': '#pragma once\n',
        }))
        self.assertEqual(code, 1, out)
        self.assertIn('models/ils -> models/lab: models/ils/net.cpp includes "lab/lab.h"', out)
        self.assertIn('models/lab -> models/ils: models/lab/lab.cpp includes "ils/net.h"', out)

    def test_engine_including_a_widget_fails(self):
        code, out = self.run_check(self.tree({
            'models/lab/lab.cpp': '#include "phone/phoneemulator.h"\n',
            'views/phone/phoneemulator.h': '#pragma once\n#include <QWidget>\n',
        }))
        self.assertEqual(code, 1, out)
        self.assertIn('models/lab may not include views/phone (models sits below views): '
                      'models/lab/lab.cpp includes "phone/phoneemulator.h"', out)

    def test_views_including_the_engine_passes(self):
        code, out = self.run_check(self.tree({
            'views/phone/phoneemulator.cpp': '#include "lab/lab.h"\n',
            'models/lab/lab.h': '#pragma once\n',
            'app/main.cpp': '#include "phone/phoneemulator.h"\n#include "lab/lab.h"\n',
            'views/phone/phoneemulator.h': '#pragma once\n',
        }))
        self.assertEqual(code, 0, out)

    def test_a_new_top_level_library_is_read_too(self):
        code, out = self.run_check(self.tree({
            'server/CMakeLists.txt': '',
            'server/http/handler.cpp': '#include "agent/phone.h"\n',
            'server/agent/phone.cpp': '#include "http/handler.h"\n',
            'server/http/handler.h': '#pragma once\n',
            'server/agent/phone.h': '#pragma once\n',
            'docs/notes/example.cpp': '#include "../../server/http/handler.h"\n',
        }))
        self.assertEqual(code, 1, out)
        self.assertIn('server/agent -> server/http: server/agent/phone.cpp includes "http/handler.h"', out)
        self.assertNotIn('docs/', out)


if __name__ == '__main__':
    unittest.main()
