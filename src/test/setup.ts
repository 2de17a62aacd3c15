import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setFileRunner } from '../state/file-reader';
import { inlineFileRunner } from './inline-file-runner';

// Node has no Worker: files are read inline by the same pure reader.
setFileRunner(inlineFileRunner);

afterEach(() => cleanup());
