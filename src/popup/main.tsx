import { render } from 'preact';
import '../options/options.css';
import './popup.css';
import { PopupApp } from './popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
