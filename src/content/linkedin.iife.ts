/** Content script for www.linkedin.com (document_start; .iife so crxjs emits it inline). */
import { linkedinAdapter } from '../sites/linkedin';
import { startContent } from './start';

startContent(linkedinAdapter);
