/** Content script for x.com / twitter.com (document_start; .iife so crxjs emits it inline). */
import { xAdapter } from '../sites/x';
import { startContent } from './start';

startContent(xAdapter);
