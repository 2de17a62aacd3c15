import 'fake-indexeddb/auto';
import { setFileRunner } from '../state/file-reader';
import { inlineFileRunner } from './inline-file-runner';

// Node has no Worker: files are read inline by the same pure reader.
setFileRunner(inlineFileRunner);
